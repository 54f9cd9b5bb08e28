package org.shanhai.common.rest;

import java.util.List;
import java.util.Map;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.shanhai.common.codes.EnumDescriptions;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json error responses on every API operation of the OpenAPI document, so
 * that client teams see the {@code errors[]} shape without reading the code; the Idempotency-Key of
 * creating POSTs; the labels of enumeration values ({@link EnumDescriptions}); the description of
 * common parameters ({@link ParameterDescriptions}); and the response examples ({@link ResponseExamples}).
 * At build time only: the document the build stores is the one served (set as {@code mp.openapi.filter}, it
 * ran again over the stored document at every start, a fifth of the main thread's start-up: bench/README.md).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
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
        EnumDescriptions.describe(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ParameterDescriptions.describe(openAPI);
        ResponseExamples.describe(openAPI);
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
                if (op.getKey() == PathItem.HttpMethod.POST && responses.hasAPIResponse("201")) {
                    idempotencyKey(op.getValue(), responses);
                }
                if (op.getKey() == PathItem.HttpMethod.PUT || op.getKey() == PathItem.HttpMethod.PATCH
                        || op.getKey() == PathItem.HttpMethod.DELETE) {
                    add(responses, "412", "版本已变 If-Match no longer names the current version");
                }
            }
        }
    }

    /** The creating POSTs take an Idempotency-Key (IdempotencyKeys applies the same rule: a documented 201). */
    private static void idempotencyKey(Operation op, APIResponses responses) {
        op.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER)
                .required(false).example("5f0c8a52-3c1e-4a5e-9d43-0c1f2b7e9a61")
                .description("幂等键 A key the client chooses (1-255 printable ASCII, e.g. a UUID) so that a retried "
                        + "create creates nothing new: within 24 hours, the same key and body from the same caller get "
                        + "the first response again (with Idempotent-Replayed: true); the same key with another body is "
                        + "a 422. See docs/integration.md.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
        if (!responses.hasAPIResponse("422")) {
            add(responses, "422", "无法处理 A reference that is unknown here, or an Idempotency-Key used for another request");
        }
    }

    /** Sets (or replaces the library's {@code violations[]} version of) one problem response. */
    private static void add(APIResponses responses, String code, String description) {
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(MEDIA,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))
                                .example(EXAMPLES.get(code)))));
    }

    /** What a client gets, as a caller without Accept-Language reads it (in Chinese). */
    private static final Map<String, Map<String, Object>> EXAMPLES = new java.util.LinkedHashMap<>();

    static {
        example("400", "validation", "请求无效", "divisionCode：行政区划代码“530699”不是 GB/T 2260 中的行政区划（本项目的 "
                + "codes/divisions.csv）", Map.of("field", "divisionCode", "in", "body", "message",
                "行政区划代码“530699”不是 GB/T 2260 中的行政区划（本项目的 codes/divisions.csv）"));
        example("401", "unauthorized", "未认证", "需要有效的 Bearer 令牌（Authorization: Bearer <JWT>）", null);
        example("403", "forbidden", "无权限", "该角色不能写入机构 1b31adee-31f2-4f9b-8ec3-d03363d3f6b8 的记录", null);
        example("404", "not-found", "不存在", "项目 7a8c4724-48ab-461f-8a70-672bd2cfa684 不存在", null);
        example("409", "conflict", "与已有数据冲突", "已被他人同时修改；请重新读取后再试", null);
        example("412", "precondition-failed", "版本已变", "If-Match \"2\" 与当前版本 \"3\" 不符；请重新读取后再试", null);
        example("422", "unknown-reference", "无法处理", "institutionId：本服务尚未收到机构 "
                + "1b31adee-31f2-4f9b-8ec3-d03363d3f6b8：programme-service 尚未发布该机构", Map.of("field", "institutionId",
                "in", "body", "message", "本服务尚未收到机构 1b31adee-31f2-4f9b-8ec3-d03363d3f6b8：programme-service 尚未发布该机构"));
    }

    private static void example(String status, String type, String title, String detail, Map<String, String> error) {
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "https://shanhai.org.cn/problems/" + type);
        problem.put("title", title);
        problem.put("status", Integer.parseInt(status));
        problem.put("detail", detail);
        if (error != null) {
            Map<String, String> ordered = new java.util.LinkedHashMap<>();
            for (String k : List.of("field", "in", "message")) {
                ordered.put(k, error.get(k));
            }
            problem.put("errors", List.of(ordered));
        }
        EXAMPLES.put(status, problem);
    }
}
