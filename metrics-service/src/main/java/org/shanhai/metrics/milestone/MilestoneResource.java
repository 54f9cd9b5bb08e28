package org.shanhai.metrics.milestone;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/programmes/{programmeId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones 里程碑", description = "受援医院获得的能力：新技术新项目、重点专科、中心建设、等级评审、能力标准达标；计入 NEW_TECHNIQUES、"
        + "NEW_TECHNIQUES_INDEPENDENT、KEY_SPECIALTIES Capabilities a recipient gained; they feed the MILESTONES indicators")
@Authenticated
public class MilestoneResource {

    @Inject
    MilestoneService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "recordMilestone", summary = "记录里程碑 Record a milestone",
            description = "By NATIONAL_ADMIN, the PROVINCE_ADMIN of the primary recipient's province, or a PROGRAMME_MANAGER "
                    + "of the lead or a partner. The same capability twice is a 409.")
    @APIResponseSchema(value = MilestoneView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response record(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MilestoneRequest.class), examples = {
                            @ExampleObject(name = "new technique", value = MilestoneRequest.EXAMPLE),
                            @ExampleObject(name = "key specialty", value = MilestoneRequest.KEY_SPECIALTY_EXAMPLE)}))
            String body) {
        Milestone m = service.record(programmeId, body);
        return Versioned.created(uri, m.id, m.version, service.view(m));
    }

    @GET
    @Operation(operationId = "listMilestones", summary = "里程碑列表 The programme's milestones, earliest first")
    public Page<MilestoneView> list(@Parameter(description = "项目") @PathParam("programmeId") UUID programmeId,
            @Parameter(description = "类型") @QueryParam("type") MilestoneType type,
            @Parameter(description = "机构") @QueryParam("institutionId") UUID institutionId,
            @BeanParam PageRequest page) {
        return service.search(programmeId, type, institutionId, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMilestone", summary = "读取里程碑 Read a milestone")
    @APIResponseSchema(value = MilestoneView.class, responseCode = "200", responseDescription = "the milestone; ETag set")
    public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id) {
        Milestone m = service.get(programmeId, id);
        return Versioned.ok(service.view(m), m.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "correctMilestone", summary = "更正里程碑 Correct a milestone (a technique now performed independently...)",
            description = "The whole milestone again; If-Match with the ETag read. The change is kept in its history.")
    @APIResponseSchema(value = MilestoneView.class, responseCode = "200", responseDescription = "corrected; the new ETag set")
    public Response correct(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @Parameter(description = "the ETag read") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MilestoneRequest.class),
                    examples = @ExampleObject(name = "now independent", value = MilestoneRequest.EXAMPLE))) String body) {
        Milestone m = service.correct(programmeId, id, ifMatch, body);
        return Versioned.ok(service.view(m), m.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getMilestoneHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        return service.history(programmeId, id, page).linked(uri);
    }
}
