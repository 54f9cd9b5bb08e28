package org.shanhai.training.staff;

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

@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff 受训人员", description = "受援机构的受训人员；姓名仅对有权者可见，且每次读取均有记录"
        + " Local staff of recipient institutions; names only for those who may see them, every such read logged")
@Authenticated
public class StaffResource {

    @Inject
    StaffService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "registerStaff", summary = "登记受训人员 Register a staff member",
            description = "The institution must be known from programme-service's events and a recipient (422 otherwise).")
    @APIResponseSchema(value = StaffView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StaffRequest.class),
            examples = @ExampleObject(name = "resident", value = StaffRequest.EXAMPLE))) String body) {
        StaffMember s = service.register(body);
        return Versioned.created(uri, s.id, s.version, StaffView.of(s, true));
    }

    @GET
    @Operation(operationId = "listStaff", summary = "查询受训人员 List staff (names only where the caller may see them)")
    public Page<StaffView> list(@QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "department code or its prefix", example = "04") @QueryParam("department") String department,
            @BeanParam PageRequest page) {
        return service.search(institutionId, department, page, "GET " + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery())).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStaff", summary = "读取受训人员 Read a staff member")
    @APIResponseSchema(value = StaffView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        StaffView v = service.read(id, "GET " + uri.getRequestUri().getRawPath());
        return Versioned.ok(v, v.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.HOSPITAL_REPORTER})
    @Operation(operationId = "replaceStaff", summary = "修改受训人员 Replace a staff member")
    @APIResponseSchema(value = StaffView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffRequest.class),
                    examples = @ExampleObject(name = "resident", value = StaffRequest.EXAMPLE))) String body) {
        StaffMember s = service.replace(id, ifMatch, body);
        return Versioned.ok(StaffView.of(s, true), s.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getStaffHistory", summary = "变更历史 Change history (names withheld)")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
