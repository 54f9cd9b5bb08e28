package org.shanhai.common.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json error responses on every API operation of the OpenAPI document, so
 * that client teams see the {@code errors[]} shape without reading the code.
 */
public class ProblemResponses implements OASFilter {

    static final String MEDIA = "application/problem+json";
    static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                .description("一个字段的错误 One field that is wrong")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the field or parameter, e.g. recipients[1].institutionId"))
                .addProperty("in", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("body", "query", "path", "header")))
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("row of an imported file (imports only)"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .description("RFC 9457 problem details")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.getValue().setResponses(responses);
                }
                boolean write = op.getKey() != PathItem.HttpMethod.GET;
                add(responses, "400", "请求无效 Invalid request: errors[] names each field");
                add(responses, "401", "缺少或无效的令牌 Missing or invalid bearer token");
                add(responses, "403", "无权限 The token's role or scope does not allow this");
                if (path.getKey().contains("{")) {
                    add(responses, "404", "不存在 Not found");
                }
                if (write) {
                    add(responses, "409", "冲突 Conflicts with stored data (duplicate, overlap, status)");
                }
                if (op.getKey() == PathItem.HttpMethod.PUT || op.getKey() == PathItem.HttpMethod.PATCH
                        || op.getKey() == PathItem.HttpMethod.DELETE) {
                    add(responses, "412", "版本已变 If-Match no longer names the current version");
                }
            }
        }
    }

    /** Sets (or replaces the library's {@code violations[]} version of) one problem response. */
    private static void add(APIResponses responses, String code, String description) {
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(MEDIA,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }
}
