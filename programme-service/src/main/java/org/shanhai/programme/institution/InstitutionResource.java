package org.shanhai.programme.institution;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.rest.MergePatch;
import org.shanhai.common.security.Roles;

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions 医疗机构", description = "Supporting and recipient institutions")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class InstitutionResource {

    @Inject
    InstitutionService service;

    @Inject
    MergePatch mergePatch;

    @Inject
    History history;

    @Inject
    org.shanhai.programme.programme.ProgrammeService programmes;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "登记医疗机构 Register an institution")
    @APIResponseSchema(value = InstitutionView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@Valid @NotNull InstitutionRequest request) {
        Institution i = service.register(request);
        return Versioned.created(uri, i.id, i.version, InstitutionView.of(i));
    }

    @GET
    @Operation(summary = "查询医疗机构 List institutions", description = "Filters combine with AND.")
    public Page<InstitutionView> list(
            @Parameter(description = "名称包含 name contains") @QueryParam("q") String q,
            @Parameter(description = "行政区划代码前缀 division code prefix: 53 = all of Yunnan")
            @QueryParam("divisionCode") String divisionCode,
            @QueryParam("kind") InstitutionKind kind,
            @BeanParam PageRequest page) {
        return Page.of(service.search(q, divisionCode, kind, page), page, uri, InstitutionView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取医疗机构 Read an institution")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Institution i = service.get(id);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "修改医疗机构 Replace an institution", description = "Send If-Match with the ETag you read.")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InstitutionRequest request) {
        Institution i = service.replace(id, ifMatch, request);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "部分修改医疗机构 Change some fields (JSON Merge Patch)")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        InstitutionRequest merged = mergePatch.apply(InstitutionRequest.of(service.get(id)), patch,
                InstitutionRequest.class);
        Institution i = service.replace(id, ifMatch, merged);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "变更历史 Change history: who, when, old and new values")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        service.get(id);
        return history.of("institution", id, page, uri);
    }

    @GET
    @Path("{id}/programmes")
    @Operation(summary = "该机构参与的帮扶项目 Programmes of this institution (as lead, partner or recipient)")
    public Page<org.shanhai.programme.programme.ProgrammeView> programmes(@PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        service.get(id);
        return Page.of(programmes.search(null, id, null, null, page), page, uri,
                org.shanhai.programme.programme.ProgrammeView::of);
    }
}
