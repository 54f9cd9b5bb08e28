package org.shanhai.metrics.observation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.security.Roles;
import org.shanhai.common.tabular.Exports;
import org.shanhai.common.tabular.Sheet;
import org.shanhai.common.tabular.Tables;

@Path("/api/v1/institutions/{institutionId}/observations")
@Tag(name = "Observations 指标值", description = "医院按期间填报的指标值，修改与作废均留痕；可导出 CSV 与 Excel"
        + " An institution's indicator values by period; changes and voids keep the old value in the history; CSV and XLSX export")
@Authenticated
public class ObservationResource {

    static final String WRITERS = " By NATIONAL_ADMIN, the PROVINCE_ADMIN of the institution's province, or the institution's "
            + "own HOSPITAL_REPORTER (403 otherwise, nothing stored).";

    /** The most rows one export holds (a province's year of monthly values fits many times over). */
    static final int EXPORT_ROWS = 200_000;

    @Inject
    ObservationService service;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV, Tables.XLSX})
    @Operation(operationId = "listObservations", summary = "查询或导出指标值 List an institution's observations, or export them",
            description = "JSON pages by default. With Accept text/csv (UTF-8 with BOM, opens in Excel) or the XLSX type, "
                    + "every matching row as a file with Chinese headers (at most 200,000: narrow the filters beyond that).")
    @APIResponse(responseCode = "200", description = "a page, or the file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
            @Content(mediaType = Tables.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Tables.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码", example = "SURGERIES") @QueryParam("indicator") String indicator,
            @Parameter(description = "from this period (inclusive)", example = "2022") @QueryParam("from") String from,
            @Parameter(description = "to this period (inclusive)", example = "2025") @QueryParam("to") String to,
            @Parameter(description = "科室 诊疗科目 code", example = "04.02") @QueryParam("department") String department,
            @Parameter(description = "include voided values") @QueryParam("includeVoided") @DefaultValue("false") boolean includeVoided,
            @Parameter(description = "only values of years whose data is APPROVED (审核通过)") @QueryParam("approvedOnly")
            @DefaultValue("false") boolean approvedOnly,
            @BeanParam PageRequest page, @Context HttpHeaders headers) {
        Page<ObservationView> json = service.search(institutionId, indicator, from, to, department, includeVoided,
                approvedOnly, page)
                .linked(uri);
        return Exports.respond(headers, json, () -> {
            Page<ObservationView> all = service.search(institutionId, indicator, from, to, department, includeVoided,
                    approvedOnly, PageRequest.export(EXPORT_ROWS, page.sort));
            if (all.totalItems() > EXPORT_ROWS) {
                throw Problems.invalidQuery("to", Text.of(all.totalItems() + " rows match, more than one file holds ("
                        + EXPORT_ROWS + "); narrow the period or the indicator",
                        "符合条件的有 " + all.totalItems() + " 行，超过单个文件的容量（" + EXPORT_ROWS + " 行）；请缩小期间或指标范围"));
            }
            return List.of(sheet(all.items()));
        }, "指标值-" + institutionId);
    }

    @PUT
    @Path("{indicatorCode}/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "recordObservation", summary = "填报指标值 Record a value (idempotent)",
            description = "Creates (201) or changes (200) the value of the indicator for the period (2025, 2025Q3, 2025-07, "
                    + "or a span such as 2022..2024 for a figure a report gives over several years) and, with ?department=, "
                    + "for one department. The same value again changes nothing. A RATIO indicator or a derived one "
                    + "(EVENTS, MILESTONES) is a 422 unless basis is REPORTED_RATE (a rate published without its parts). A year "
                    + "whose data is SUBMITTED or APPROVED is locked: a change is a 409 (the same value again is not)."
                    + WRITERS)
    @APIResponseSchema(value = ObservationView.class, responseDescription = "changed or unchanged; ETag set")
    @APIResponse(responseCode = "201", description = "created; ETag set", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    public Response record(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码", example = "SURGERIES") @PathParam("indicatorCode") String code,
            @Parameter(description = "期间", example = "2025-07") @PathParam("period") String period,
            @Parameter(description = "科室 诊疗科目 code; absent for the institution as a whole", example = "04.02")
            @QueryParam("department") String department,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationRequests.Value.class),
                    examples = @ExampleObject(name = "a month's operations", value = ObservationRequests.Value.EXAMPLE)))
            String body) {
        ObservationService.Result r = service.record(service.key(institutionId, code, period, department), body);
        Observation o = r.observation();
        return Response.status(r.created() ? 201 : 200).tag(ETags.of(o.version)).entity(ObservationView.of(o)).build();
    }

    @GET
    @Path("{indicatorCode}/{period}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservation", summary = "读取指标值 Read a value")
    @APIResponseSchema(value = ObservationView.class, responseDescription = "OK; ETag set")
    public Response get(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码") @PathParam("indicatorCode") String code,
            @Parameter(description = "期间") @PathParam("period") String period,
            @Parameter(description = "科室") @QueryParam("department") String department) {
        Observation o = service.get(service.key(institutionId, code, period, department));
        return Versioned.ok(ObservationView.of(o), o.version);
    }

    @POST
    @Path("{indicatorCode}/{period}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "voidObservation", summary = "作废指标值 Void a mistaken value",
            description = "With the reason; the value stays in the history and no longer counts." + WRITERS)
    @APIResponseSchema(value = ObservationView.class, responseDescription = "voided; ETag set")
    public Response voidValue(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码") @PathParam("indicatorCode") String code,
            @Parameter(description = "期间") @PathParam("period") String period,
            @Parameter(description = "科室") @QueryParam("department") String department,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationRequests.Voiding.class),
                    examples = @ExampleObject(name = "a mistake", value = ObservationRequests.Voiding.EXAMPLE))) String body) {
        Observation o = service.voidValue(service.key(institutionId, code, period, department), ifMatch, body);
        return Versioned.ok(ObservationView.of(o), o.version);
    }

    @GET
    @Path("{indicatorCode}/{period}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservationHistory", summary = "变更历史 Who changed the value, when, old and new")
    public Page<HistoryEntry> history(@Parameter(description = "机构") @PathParam("institutionId") UUID institutionId,
            @Parameter(description = "指标代码") @PathParam("indicatorCode") String code,
            @Parameter(description = "期间") @PathParam("period") String period,
            @Parameter(description = "科室") @QueryParam("department") String department, @BeanParam PageRequest page) {
        return service.history(service.key(institutionId, code, period, department), page).linked(uri);
    }

    static Sheet sheet(List<ObservationView> rows) {
        return new Sheet("指标值", List.of("机构 institutionId", "指标 indicator", "期间 period", "科室 department", "数值 value",
                "口径 basis", "备注 note", "来源 dataSource", "已作废 voided", "作废原因 voidReason", "定义版本 indicatorVersion"),
                rows.stream().map(o -> Arrays.<Object>asList(o.institutionId().toString(), o.indicatorCode(), o.period(),
                        o.department(), o.value(), o.basis().name(), o.note(), o.dataSource(), o.voided() ? "是" : "否",
                        o.voidReason(), o.indicatorVersion())).toList());
    }

    /** The JSON page, as the document shows it. */
    @Schema(name = "ObservationPage", description = "分页结果 One page of observations")
    public record ObservationPage(List<ObservationView> items, int page, int size, long totalItems, long totalPages,
            @Schema(nullable = true) java.net.URI next, @Schema(nullable = true) java.net.URI previous) {
    }
}
