package org.shanhai.programme.programme;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.shanhai.common.rest.MergePatch;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes 帮扶项目", description = "谁帮扶谁：牵头与协作支援医院、受援机构"
        + " Who helps whom: lead and partner supporting hospitals, recipients")
@Authenticated
public class ProgrammeResource {

    @Inject
    ProgrammeService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "registerProgramme", summary = "登记帮扶项目 Register a programme",
            description = "A new programme is PLANNED.")
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgrammeRequest.class),
            examples = @ExampleObject(name = "group assistance", value = ProgrammeRequest.EXAMPLE))) String body) {
        Programme p = service.register(body);
        return Versioned.created(uri, p.id, p.version, ProgrammeView.of(p));
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "查询帮扶项目 List programmes")
    public Page<ProgrammeView> list(
            @QueryParam("status") ProgrammeStatus status,
            @Parameter(description = "as lead, partner or recipient") @QueryParam("institutionId") UUID institutionId,
            @QueryParam("scheme") Scheme scheme,
            @Parameter(description = "code or name contains", example = "盐津") @QueryParam("q") String q,
            @BeanParam PageRequest page) {
        return service.search(status, institutionId, scheme, q, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "读取帮扶项目 Read a programme")
    @APIResponseSchema(value = ProgrammeView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Programme p = service.read(id);
        return Versioned.ok(ProgrammeView.of(p), p.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "replaceProgramme", summary = "修改帮扶项目 Replace a programme",
            description = "Status changes go through POST .../status.")
    @APIResponseSchema(value = ProgrammeView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeRequest.class),
                    examples = @ExampleObject(name = "group assistance", value = ProgrammeRequest.EXAMPLE))) String body) {
        Programme p = service.replace(id, ifMatch, body);
        return Versioned.ok(ProgrammeView.of(p), p.version);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "patchProgramme", summary = "部分修改帮扶项目 Change some fields (JSON Merge Patch)")
    @APIResponseSchema(value = ProgrammeView.class, responseDescription = "OK; ETag set")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "JSON Merge Patch (RFC 7396) of ProgrammeRequest: "
                            + "only the fields to change; null removes an optional field"),
                    examples = @ExampleObject(name = "end date", value = "{\"endDate\": \"2025-06-30\"}"))) String patch) {
        Programme p = service.patch(id, ifMatch, patch);
        return Versioned.ok(ProgrammeView.of(p), p.version);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "changeProgrammeStatus", summary = "变更项目状态 Change the status",
            description = "PLANNED → ACTIVE ⇄ SUSPENDED → COMPLETED; any other is 409.")
    @APIResponseSchema(value = ProgrammeView.class, responseDescription = "OK; ETag set")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusChangeRequest.class),
                    examples = @ExampleObject(name = "activate", value = "{\"status\": \"ACTIVE\", \"reason\": \"第一批医疗队到岗\"}")))
            String body) {
        Programme p = service.changeStatus(id, ifMatch, body);
        return Versioned.ok(ProgrammeView.of(p), p.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getProgrammeHistory", summary = "变更历史 Change history: who, when, old and new values")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
