package org.shanhai.programme.workstation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes/{programmeId}/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations 工作站", description = "受援机构的专家工作站和博士工作站 专家工作站 and 博士工作站 at recipient institutions")
@Authenticated
public class WorkstationResource {

    @Inject
    WorkstationService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "establishWorkstation", summary = "设立工作站 Record a workstation")
    @APIResponseSchema(value = WorkstationView.class, responseCode = "201", responseDescription = "created; Location set")
    public Response establish(@PathParam("programmeId") UUID programmeId, 
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkstationRequest.class),
                    examples = @ExampleObject(name = "neurosurgery", value = WorkstationRequest.EXAMPLE))) String body) {
        Workstation w = service.establish(programmeId, body);
        return Versioned.created(uri, w.id, WorkstationView.of(w));
    }

    @GET
    @Operation(operationId = "listWorkstations", summary = "工作站列表 The programme's workstations")
    public Page<WorkstationView> list(@PathParam("programmeId") UUID programmeId, @BeanParam PageRequest page) {
        return service.list(programmeId, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkstation", summary = "读取 Read one")
    public WorkstationView get(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id) {
        return WorkstationView.of(service.get(programmeId, id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getWorkstationHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        return service.history(programmeId, id, page).linked(uri);
    }
}
