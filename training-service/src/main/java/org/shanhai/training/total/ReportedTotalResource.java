package org.shanhai.training.total;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes/{id}/reported-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reported totals 报告汇总数", description = "报告中只以总数给出的数字（如“教学查房1500余次”），连同出处保存，不拆分为虚构的记录"
        + " Figures reports give only as totals for a span, kept with their source and never split into invented records")
@Authenticated
public class ReportedTotalResource {

    @Inject
    ReportedTotalService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "reportTrainingTotal", summary = "登记报告汇总数 Record a reported total",
            description = "By NATIONAL_ADMIN, the PROVINCE_ADMIN of the institution's province, or a PROGRAMME_MANAGER of "
                    + "the programme's lead or a partner. The same report's total for the same type and span twice is a "
                    + "409. Publishes training-total.reported.")
    @APIResponseSchema(value = ReportedTotalView.class, responseCode = "201", responseDescription = "created; Location set")
    public Response report(@Parameter(description = "帮扶项目") @PathParam("id") UUID programmeId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportedTotalRequest.class),
                    examples = @ExampleObject(name = "teaching rounds since the start", value = ReportedTotalRequest.EXAMPLE)))
            String body) {
        ReportedTotal t = service.report(programmeId, body);
        return Versioned.created(uri, t.id, t.version, ReportedTotalView.of(t));
    }

    @GET
    @Operation(operationId = "listReportedTotals", summary = "查询报告汇总数 List a programme's reported totals (latest span end first)")
    public Page<ReportedTotalView> list(@Parameter(description = "帮扶项目") @PathParam("id") UUID programmeId,
            @Parameter(description = "机构") @QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "口径") @QueryParam("type") TotalType type, @BeanParam PageRequest page) {
        return service.search(programmeId, institutionId, type, page).linked(uri);
    }

    @GET
    @Path("{totalId}")
    @Operation(operationId = "getReportedTotal", summary = "读取报告汇总数 Read a reported total")
    @APIResponseSchema(value = ReportedTotalView.class, responseDescription = "OK; ETag set")
    public Response get(@Parameter(description = "帮扶项目") @PathParam("id") UUID programmeId,
            @PathParam("totalId") UUID totalId) {
        ReportedTotal t = service.get(programmeId, totalId);
        return Versioned.ok(ReportedTotalView.of(t), t.version);
    }

    @GET
    @Path("{totalId}/history")
    @Operation(operationId = "getReportedTotalHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@Parameter(description = "帮扶项目") @PathParam("id") UUID programmeId,
            @PathParam("totalId") UUID totalId, @BeanParam PageRequest page) {
        return service.history(programmeId, totalId, page).linked(uri);
    }
}
