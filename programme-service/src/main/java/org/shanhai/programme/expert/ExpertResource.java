package org.shanhai.programme.expert;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experts 专家", description = "Experts of the supporting hospitals")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ExpertResource {

    @Inject
    ExpertService service;

    @Inject
    History history;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "登记专家 Register an expert")
    @APIResponseSchema(value = ExpertView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@Valid @NotNull ExpertRequest request) {
        Expert e = service.register(request);
        return Versioned.created(uri, e.id, e.version, ExpertView.of(e));
    }

    @GET
    @Operation(summary = "查询专家 List experts")
    public Page<ExpertView> list(@Parameter(description = "name contains") @QueryParam("q") String q,
            @QueryParam("homeInstitutionId") UUID homeInstitutionId,
            @Parameter(description = "department code or its prefix") @QueryParam("department") String department,
            @QueryParam("title") Title title, @BeanParam PageRequest page) {
        return Page.of(service.search(q, homeInstitutionId, department, title, page), page, uri, ExpertView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取专家 Read an expert")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Expert e = service.get(id);
        return Versioned.ok(ExpertView.of(e), e.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "修改专家 Replace an expert")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ExpertRequest request) {
        Expert e = service.replace(id, ifMatch, request);
        return Versioned.ok(ExpertView.of(e), e.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        service.get(id);
        return history.of("expert", id, page, uri);
    }
}
