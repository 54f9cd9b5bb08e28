package org.shanhai.metrics.indicator;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.etag.Versioned;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.security.Roles;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators 指标", description = "指标目录：国家标准指标集及自定义指标，定义每次修改产生新版本"
        + " The indicator catalogue: the national set and custom indicators; each definition change is a new version")
@Authenticated
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listIndicators", summary = "查询指标 List the catalogue (by code)")
    public Page<IndicatorView> list(@Parameter(description = "类别", example = "SERVICE_CAPACITY") @QueryParam("category") String category,
            @Parameter(description = "来源") @QueryParam("source") Source source,
            @Parameter(description = "汇总规则") @QueryParam("aggregation") Aggregation aggregation,
            @Parameter(description = "code or name contains", example = "就诊") @QueryParam("q") String q,
            @BeanParam PageRequest page) {
        return service.search(category, source, aggregation, q, page).linked(uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "defineIndicator", summary = "新增自定义指标 Add a custom indicator",
            description = "NATIONAL_ADMIN only. A custom indicator is REPORTED. A RATIO names an existing numerator and "
                    + "denominator (422 otherwise), and no ratio may reach itself through them (422).")
    @APIResponseSchema(value = IndicatorView.class, responseCode = "201", responseDescription = "created; Location and ETag set")
    public Response define(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorRequest.class),
            examples = @ExampleObject(name = "chest pain patients", value = IndicatorRequest.EXAMPLE))) String body) {
        Indicator i = service.define(body);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + i.code)).tag(ETags.of(i.version))
                .entity(IndicatorView.of(i)).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getIndicator", summary = "读取指标 Read an indicator's current definition")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "OK; ETag set")
    public Response get(@Parameter(description = "指标代码", example = "COUNTY_RETENTION_RATE") @PathParam("code") String code) {
        Indicator i = service.get(code);
        return Versioned.ok(IndicatorView.of(i), i.version);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "redefineIndicator", summary = "修改指标定义 Change a definition (a new version)",
            description = "NATIONAL_ADMIN only. The code and the source stay; the same checks as adding one.")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "OK; ETag set")
    public Response redefine(@Parameter(description = "指标代码") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorRequest.class),
                    examples = @ExampleObject(name = "chest pain patients", value = IndicatorRequest.EXAMPLE))) String body) {
        Indicator i = service.redefine(code, ifMatch, body);
        return Versioned.ok(IndicatorView.of(i), i.version);
    }

    @GET
    @Path("{code}/history")
    @Operation(operationId = "getIndicatorHistory", summary = "定义历史 Every version of the definition")
    public Page<HistoryEntry> history(@Parameter(description = "指标代码") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return service.history(code, page).linked(uri);
    }
}
