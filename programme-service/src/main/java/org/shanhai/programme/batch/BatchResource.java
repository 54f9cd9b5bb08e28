package org.shanhai.programme.batch;

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

@Path("/api/v1/programmes/{programmeId}/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batches 批次", description = "项目派出的医疗队批次 The team batches a programme sends")
@Authenticated
public class BatchResource {

    @Inject
    BatchService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "createBatch", summary = "新增批次 Add a batch")
    @APIResponseSchema(value = BatchView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response create(@PathParam("programmeId") UUID programmeId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchRequest.class),
                    examples = @ExampleObject(name = "first batch", value = BatchRequest.EXAMPLE))) String body) {
        Batch b = service.create(programmeId, body);
        return Versioned.created(uri, b.id, b.version, BatchView.of(b));
    }

    @GET
    @Operation(operationId = "listBatches", summary = "批次列表 The programme's batches (sort: sequence, startDate)")
    public Page<BatchView> list(@PathParam("programmeId") UUID programmeId, @BeanParam PageRequest page) {
        return service.list(programmeId, page).linked(uri);
    }

    @GET
    @Path("{batchId}")
    @Operation(operationId = "getBatch", summary = "读取批次 Read a batch")
    @APIResponseSchema(value = BatchView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId) {
        Batch b = service.get(programmeId, batchId);
        return Versioned.ok(BatchView.of(b), b.version);
    }

    @PUT
    @Path("{batchId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "replaceBatch", summary = "修改批次 Replace a batch (e.g. name its leader)")
    @APIResponseSchema(value = BatchView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchRequest.class),
                    examples = @ExampleObject(name = "first batch", value = BatchRequest.EXAMPLE))) String body) {
        Batch b = service.replace(programmeId, batchId, ifMatch, body);
        return Versioned.ok(BatchView.of(b), b.version);
    }

    @GET
    @Path("{batchId}/history")
    @Operation(operationId = "getBatchHistory", summary = "变更历史 Change history of a batch")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId,
            @BeanParam PageRequest page) {
        return service.history(programmeId, batchId, page).linked(uri);
    }
}
