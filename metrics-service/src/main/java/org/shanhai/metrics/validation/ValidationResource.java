package org.shanhai.metrics.validation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.security.Roles;

@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ValidationResource.TAG, description = ValidationResource.TAG_DESCRIPTION)
@Authenticated
public class ValidationResource {

    static final String TAG = "Validation rules 校验规则";
    static final String TAG_DESCRIPTION = "指标值的逻辑校验：比率的分子不大于分母，以及国家管理员添加的规则；上报时运行"
        + " Checks over an institution's values: every ratio's numerator within its denominator, and the rules "
        + "NATIONAL_ADMIN adds; they run on submission";

    @Inject
    ValidationService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listValidationRules", summary = "校验规则 The rules, built-in ones first")
    public List<ValidationRuleView> list(@Parameter(description = "include retired rules") @QueryParam("includeRetired")
            @DefaultValue("false") boolean includeRetired) {
        return service.list(includeRetired);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getValidationRule", summary = "读取校验规则 Read a rule")
    public ValidationRuleView get(@Parameter(description = "规则代码", example = "RATIO_SURGERY_L34_SHARE") @PathParam("code")
            String code) {
        return service.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "createValidationRule", summary = "添加校验规则 Add a rule (NATIONAL_ADMIN)",
            description = "The sum of the left indicators compared with the sum of the right ones; all of one unit, none a "
                    + "RATIO (compare its parts).")
    @APIResponseSchema(value = ValidationRuleView.class, responseCode = "201", responseDescription = "created; Location set")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidationRequests.Rule.class),
            examples = @ExampleObject(name = "emergency within outpatient", value = ValidationRequests.Rule.EXAMPLE)))
            String body) {
        ValidationRuleView r = service.define(body);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + r.code())).entity(r).build();
    }

    @POST
    @Path("{code}/retire")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "retireValidationRule", summary = "停用校验规则 Retire a rule (NATIONAL_ADMIN)",
            description = "It no longer runs; it stays listed with includeRetired. Built-in rules are not retired (409).")
    public ValidationRuleView retire(@Parameter(description = "规则代码") @PathParam("code") String code) {
        return service.retire(code);
    }
}
