package org.shanhai.programme.institution;

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

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions 医疗机构", description = "支援与受援医疗机构 Supporting and recipient institutions")
@Authenticated
public class InstitutionResource {

    @Inject
    InstitutionService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "registerInstitution", summary = "登记医疗机构 Register an institution")
    @APIResponseSchema(value = InstitutionView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InstitutionRequest.class),
            examples = @ExampleObject(name = "county hospital", value = InstitutionRequest.EXAMPLE))) String body) {
        Institution i = service.register(body);
        return Versioned.created(uri, i.id, i.version, InstitutionView.of(i));
    }

    @GET
    @Operation(operationId = "listInstitutions", summary = "查询医疗机构 List institutions", description = "Filters combine with AND.")
    public Page<InstitutionView> list(
            @Parameter(description = "名称包含 name contains", example = "人民医院") @QueryParam("q") String q,
            @Parameter(description = "行政区划代码前缀 division code prefix: 53 = all of Yunnan", example = "53")
            @QueryParam("divisionCode") String divisionCode,
            @QueryParam("kind") InstitutionKind kind,
            @BeanParam PageRequest page) {
        return service.search(q, divisionCode, kind, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInstitution", summary = "读取医疗机构 Read an institution")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Institution i = service.get(id);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "replaceInstitution", summary = "修改医疗机构 Replace an institution",
            description = "Send If-Match with the ETag you read.")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstitutionRequest.class),
                    examples = @ExampleObject(name = "county hospital", value = InstitutionRequest.EXAMPLE))) String body) {
        Institution i = service.replace(id, ifMatch, body);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(operationId = "patchInstitution", summary = "部分修改医疗机构 Change some fields (JSON Merge Patch)")
    @APIResponseSchema(value = InstitutionView.class, responseDescription = "OK; ETag set")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "JSON Merge Patch (RFC 7396) of InstitutionRequest: "
                            + "only the fields to change; null removes an optional field"),
                    examples = @ExampleObject(name = "grade", value = "{\"grade\": \"GRADE_2A\"}"))) String patch) {
        Institution i = service.patch(id, ifMatch, patch);
        return Versioned.ok(InstitutionView.of(i), i.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getInstitutionHistory", summary = "变更历史 Change history: who, when, old and new values")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
