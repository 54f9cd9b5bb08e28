package org.shanhai.common.rest;

import org.shanhai.common.problem.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.ValidationErrors;

/**
 * Request bodies, read by the service after its access checks: resources take the body as raw
 * JSON text, and the service binds it here once it knows the caller may write, so that a caller
 * without the right learns nothing from a 400. Binding refuses what PostgreSQL cannot store (the
 * NUL character), unknown fields and values of the wrong type, then runs Bean Validation; every
 * refusal is a 400 problem naming the field.
 */
@ApplicationScoped
public class JsonBodies {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shanhai.http.max-json-body", defaultValue = "1M")
    io.quarkus.runtime.configuration.MemorySize maxJsonBody;

    /** Parses a body into a JSON tree (an object), refusing NUL characters anywhere in it. */
    public JsonNode tree(String raw) {
        if (raw == null || raw.isBlank()) {
            throw Problems.invalid("body", Text.of("is required: a JSON object", "必填：一个 JSON 对象"));
        }
        // a chunked body has no Content-Length for BodyLimits to check first
        if (raw.length() * 3L > maxJsonBody.asLongValue()
                && raw.getBytes(StandardCharsets.UTF_8).length > maxJsonBody.asLongValue()) {
            throw Problems.tooLarge(maxJsonBody.asLongValue());
        }
        JsonNode node;
        try {
            // decimals stay exact: 100.0000000000000001 must reach @Digits as it was sent
            node = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(raw);
        } catch (JsonProcessingException e) {
            throw Problems.invalid(List.of(ValidationErrors.fromJackson(e)));
        }
        if (node == null || !node.isObject()) {
            throw Problems.invalid("body", Text.of("must be a JSON object", "应为 JSON 对象"));
        }
        List<FieldError> nul = new ArrayList<>();
        findNul(node, "", nul);
        if (!nul.isEmpty()) {
            throw Problems.invalid(nul);
        }
        return node;
    }

    public <T> T bind(String raw, Class<T> type) {
        return bind(tree(raw), type);
    }

    /** Binds a checked tree (see {@link #tree}) to the request type and validates it. */
    public <T> T bind(JsonNode node, Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw Problems.invalid(List.of(ValidationErrors.fromJackson(e)));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("body", Text.of("does not fit the expected shape", "结构与要求不符"));
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** A form of an object to merge a patch onto ({@link MergePatch}). */
    JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    private static void findNul(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            errors.add(FieldError.body(path.isEmpty() ? "body" : path, Text.of("must not contain the NUL character (U+0000)",
                    "不得含 NUL 字符（U+0000）")));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String child = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (f.getKey().indexOf('\u0000') >= 0) {
                    errors.add(FieldError.body(path.isEmpty() ? "body" : path, Text.of("a field name contains the NUL character",
                            "字段名含 NUL 字符")));
                } else {
                    findNul(f.getValue(), child, errors);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findNul(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }
}
