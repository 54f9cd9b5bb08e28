package org.shanhai.programme.batch;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/programmes/{programmeId}/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batches 批次", description = "The team batches a programme sends")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class BatchResource {

    @Inject
    BatchService service;

    @Inject
    History history;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "新增批次 Add a batch")
    @APIResponseSchema(value = BatchView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response create(@PathParam("programmeId") UUID programmeId, @Valid @NotNull BatchRequest request) {
        Batch b = service.create(programmeId, request);
        return Versioned.created(uri, b.id, b.version, BatchView.of(b));
    }

    @GET
    @Operation(summary = "批次列表 The programme's batches (sort: sequence, startDate)")
    public Page<BatchView> list(@PathParam("programmeId") UUID programmeId, @BeanParam PageRequest page) {
        return Page.of(service.list(programmeId, page), page, uri, BatchView::of);
    }

    @GET
    @Path("{batchId}")
    @Operation(summary = "读取批次 Read a batch")
    @APIResponseSchema(value = BatchView.class, responseDescription = "OK; ETag set")
    public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId) {
        Batch b = service.get(programmeId, batchId);
        return Versioned.ok(BatchView.of(b), b.version);
    }

    @PUT
    @Path("{batchId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "修改批次 Replace a batch (e.g. name its leader)")
    @APIResponseSchema(value = BatchView.class, responseDescription = "OK; ETag set")
    public Response replace(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BatchRequest request) {
        Batch b = service.replace(programmeId, batchId, ifMatch, request);
        return Versioned.ok(BatchView.of(b), b.version);
    }

    @GET
    @Path("{batchId}/history")
    @Operation(summary = "变更历史 Change history of a batch")
    public Page<HistoryEntry> history(@PathParam("programmeId") UUID programmeId, @PathParam("batchId") UUID batchId,
            @BeanParam PageRequest page) {
        service.get(programmeId, batchId);
        return history.of("batch", batchId, page, uri);
    }
}
