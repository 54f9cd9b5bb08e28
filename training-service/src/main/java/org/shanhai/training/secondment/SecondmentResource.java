package org.shanhai.training.secondment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/secondments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Secondments 进修", description = "本地人员到支援医院进修、跟岗、规培"
        + " Local staff sent to a supporting hospital for further study, shadowing or standardised residency")
@Authenticated
public class SecondmentResource {

    static final String WRITERS_DOC = " By NATIONAL_ADMIN, the PROVINCE_ADMIN of the staff member's institution's "
            + "province, or a PROGRAMME_MANAGER of the programme's lead or a partner.";

    @Inject
    SecondmentService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "startSecondment", summary = "登记进修 Record a secondment",
            description = "The host must be the programme's lead or a partner, the staff member registered at one of its "
                    + "recipients (422 naming the field otherwise)." + WRITERS_DOC)
    @APIResponseSchema(value = SecondmentView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response start(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SecondmentRequests.Start.class),
            examples = @ExampleObject(name = "further study", value = SecondmentRequests.Start.EXAMPLE))) String body) {
        Secondment s = service.start(body);
        return Versioned.created(uri, s.id, s.version, SecondmentView.of(s));
    }

    @GET
    @Operation(operationId = "listSecondments", summary = "查询进修 List secondments (newest start first)")
    public Page<SecondmentView> list(@Parameter(description = "帮扶项目") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "人员") @QueryParam("staffId") UUID staffId,
            @Parameter(description = "接收机构") @QueryParam("hostInstitutionId") UUID hostInstitutionId,
            @Parameter(description = "类型") @QueryParam("type") SecondmentType type,
            @Parameter(description = "状态") @QueryParam("status") SecondmentStatus status, @BeanParam PageRequest page) {
        return service.search(programmeId, staffId, hostInstitutionId, type, status, page).linked(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSecondment", summary = "读取进修 Read a secondment")
    @APIResponseSchema(value = SecondmentView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("id") UUID id) {
        Secondment s = service.get(id);
        return Versioned.ok(SecondmentView.of(s), s.version);
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "completeSecondment", summary = "结业 Complete a secondment",
            description = "Only an ONGOING secondment (409 otherwise): the actual end and the qualification." + WRITERS_DOC)
    @APIResponseSchema(value = SecondmentView.class, responseDescription = "OK; ETag set")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SecondmentRequests.Completion.class),
                    examples = @ExampleObject(name = "completion", value = SecondmentRequests.Completion.EXAMPLE)))
            String body) {
        Secondment s = service.complete(id, ifMatch, body);
        return Versioned.ok(SecondmentView.of(s), s.version);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getSecondmentHistory", summary = "变更历史 Change history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.history(id, page).linked(uri);
    }
}
