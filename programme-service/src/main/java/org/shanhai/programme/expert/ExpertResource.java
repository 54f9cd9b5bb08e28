package org.shanhai.programme.expert;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experts 专家", description = "支援医院的专家 Experts of the supporting hospitals")
@Authenticated
public class ExpertResource {

    @Inject
    ExpertService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "registerExpert", summary = "登记专家 Register an expert")
    @APIResponseSchema(value = ExpertView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExpertRequest.class),
            examples = @ExampleObject(name = "neurosurgeon", value = ExpertRequest.EXAMPLE))) String body) {
        Expert e = service.register(body);
        return Versioned.created(uri, e.id, e.version, ExpertView.of(e));
    }

    @GET
    @Operation(operationId = "listExperts", summary = "查询专家 List experts")
    public Page<ExpertView> list(@Parameter(description = "name contains") @QueryParam("q") String q,
            @QueryParam("homeInstitutionId") UUID homeInstitutionId,
            @Parameter(description = "department code or its prefix") @QueryParam("department") String department,
            @QueryParam("title") Title title, @BeanParam PageRequest page) {
        return service.search(q, homeInstitutionId, department, title, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExpert", summary = "读取专家 Read an expert")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Expert e = service.get(id);
        return Versioned.ok(ExpertView.of(e), e.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "replaceExpert", summary = "修改专家 Replace an expert")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpertRequest.class),
                    examples = @ExampleObject(name = "neurosurgeon", value = ExpertRequest.EXAMPLE))) String body) {
        Expert e = service.replace(id, ifMatch, body);
        return Versioned.ok(ExpertView.of(e), e.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getExpertHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
