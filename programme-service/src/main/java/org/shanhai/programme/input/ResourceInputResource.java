package org.shanhai.programme.input;

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
import java.time.LocalDate;
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

@Path("/api/v1/programmes/{programmeId}/resource-inputs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resource inputs 投入", description = "资金、捐赠设备和基建投入（人民币） Funds, donated equipment and construction, in CNY")
@Authenticated
public class ResourceInputResource {

    @Inject
    ResourceInputService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "recordResourceInput", summary = "记录投入 Record an input")
    @APIResponseSchema(value = ResourceInputView.class, responseCode = "201", responseDescription = "created; Location set")
    public Response record(@PathParam("programmeId") UUID programmeId, 
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResourceInputRequest.class),
                    examples = @ExampleObject(name = "funds", value = ResourceInputRequest.EXAMPLE))) String body) {
        ResourceInput i = service.record(programmeId, body);
        return Versioned.created(uri, i.id, ResourceInputView.of(i));
    }

    @GET
    @Operation(operationId = "listResourceInputs", summary = "投入列表 The programme's inputs")
    public Page<ResourceInputView> list(@PathParam("programmeId") UUID programmeId,
            @QueryParam("kind") ResourceInput.Kind kind, @QueryParam("institutionId") UUID institutionId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @BeanParam PageRequest page) {
        return service.search(programmeId, kind, institutionId, from, to, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResourceInput", summary = "读取 Read one")
    public ResourceInputView get(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id) {
        return ResourceInputView.of(service.get(programmeId, id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getResourceInputHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        return service.history(programmeId, id, page).linked(uri);
    }
}
