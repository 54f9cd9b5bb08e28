package org.shanhai.programme.assignment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes/{programmeId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments 派驻", description = "专家在批次中派驻到受援机构 Experts posted in batches to recipient institutions")
@Authenticated
public class AssignmentResource {

    @Inject
    AssignmentService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "startAssignment", summary = "派驻专家 Post an expert", description = "An expert never holds two overlapping assignments: 409 names the other.")
    @APIResponseSchema(value = AssignmentView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response start(@PathParam("programmeId") UUID programmeId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentRequest.class),
                    examples = @ExampleObject(name = "team leader", value = AssignmentRequest.EXAMPLE))) String body) {
        Assignment a = service.start(programmeId, body);
        return Versioned.created(uri, a.id, a.version, AssignmentView.of(a));
    }

    @GET
    @Operation(operationId = "listAssignments", summary = "派驻列表 The programme's assignments")
    public Page<AssignmentView> list(@PathParam("programmeId") UUID programmeId,
            @QueryParam("batchId") UUID batchId, @QueryParam("expertId") UUID expertId,
            @QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "on site on this date (YYYY-MM-DD)") @QueryParam("on") LocalDate on,
            @BeanParam PageRequest page) {
        return service.search(programmeId, batchId, expertId, institutionId, on, page).linked(uri);
    }

    @GET
    @Path("{assignmentId}")
    @Operation(operationId = "getAssignment", summary = "读取派驻 Read an assignment")
    @APIResponseSchema(value = AssignmentView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("assignmentId") UUID id) {
        Assignment a = service.get(programmeId, id);
        return Versioned.ok(AssignmentView.of(a), a.version);
    }

    @PUT
    @Path("{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "replaceAssignment", summary = "修改派驻 Replace an assignment")
    @APIResponseSchema(value = AssignmentView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("programmeId") UUID programmeId, @PathParam("assignmentId") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentRequest.class),
                    examples = @ExampleObject(name = "team leader", value = AssignmentRequest.EXAMPLE))) String body) {
        Assignment a = service.replace(programmeId, id, ifMatch, body);
        return Versioned.ok(AssignmentView.of(a), a.version);
    }

    @DELETE
    @Path("{assignmentId}")
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "endAssignment", summary = "结束派驻 End (remove) an assignment", description = "Publishes assignment.ended; the history stays readable.")
    @APIResponse(responseCode = "204", description = "ended")
    public Response end(@PathParam("programmeId") UUID programmeId, @PathParam("assignmentId") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        service.end(programmeId, id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{assignmentId}/history")
    @Operation(operationId = "getAssignmentHistory", summary = "变更历史 Change history (also after the assignment ended)")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId,
            @PathParam("assignmentId") UUID id, @BeanParam PageRequest page) {
        return service.history(programmeId, id, page).linked(uri);
    }
}
