package org.shanhai.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import org.shanhai.common.rest.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Gives every 400 about the request body or parameters the same shape: {@code errors[]} with
 * {@code field}, {@code in} and {@code message}. Bean Validation failures come out of the
 * library as {@code violations[]}, Jackson's as a single {@code field}; both are rewritten here,
 * and Jackson's messages (which name Java classes) are replaced by plain words.
 */
@ApplicationScoped
public class ValidationErrors implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        List<FieldError> errors = null;
        if (problem.getParameters().get("violations") instanceof List<?> violations) {
            errors = violations.stream()
                    .filter(Violation.class::isInstance)
                    .map(Violation.class::cast)
                    .map(v -> new FieldError(null, cleanPath(v.field), "?".equals(v.in) ? "body" : v.in, v.message))
                    .toList();
        } else if (context.cause instanceof QueryParameters.Invalid invalid) {
            errors = List.of(FieldError.query(invalid.parameter, invalid.reason()));
        } else {
            JsonProcessingException json = jsonCause(context.cause);
            if (json != null && problem.getStatusCode() == 400) {
                errors = List.of(fromJackson(json));
            }
        }
        if (errors == null) {
            return problem;
        }
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(Problems.type("validation"))
                .withTitle("Bad Request")
                .withStatus(400)
                .withDetail(Problems.summary(errors))
                .withInstance(problem.getInstance());
        for (Map.Entry<String, Object> p : problem.getParameters().entrySet()) {
            if (!p.getKey().equals("violations") && !p.getKey().equals("field")) {
                b.with(p.getKey(), p.getValue());
            }
        }
        problem.getHeaders().forEach(b::withHeader);
        return b.with("errors", errors).build();
    }

    /** "focusDepartments[0].<list element>" is "focusDepartments[0]" to a client; the body itself is "body". */
    static String cleanPath(String field) {
        String clean = field == null ? "" : field.replaceAll("\\.<[a-z ]+>", "");
        return clean.isBlank() ? "body" : clean;
    }

    public static FieldError fromJackson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            if (m instanceof UnrecognizedPropertyException u) {
                return FieldError.body(field, Text.of("unknown field '" + u.getPropertyName() + "'",
                        "未知字段“" + u.getPropertyName() + "”"));
            }
            if (m instanceof org.shanhai.common.rest.JsonSetup.DateOutOfRange d) {
                return FieldError.body(field, d.reason());
            }
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                String values = Arrays.toString(f.getTargetType().getEnumConstants());
                return FieldError.body(field, Text.of("'" + f.getValue() + "' is not one of " + values,
                        "“" + f.getValue() + "”不是以下之一：" + values));
            }
            if (m instanceof InvalidFormatException f) {
                Text type = typeName(f.getTargetType());
                return FieldError.body(field, Text.of("'" + f.getValue() + "' is not a valid " + type.en(),
                        "“" + f.getValue() + "”不是有效的" + type.zh()));
            }
            Text type = typeName(m.getTargetType());
            return FieldError.body(field, Text.of("has the wrong type (expected " + type.en() + ")",
                    "类型错误（应为" + type.zh() + "）"));
        }
        var loc = e.getLocation();
        return FieldError.body("body", loc == null ? Text.of("is not valid JSON", "不是有效的 JSON")
                : Text.of("is not valid JSON (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")",
                        "不是有效的 JSON（第 " + loc.getLineNr() + " 行，第 " + loc.getColumnNr() + " 列）"));
    }

    private static String path(MismatchedInputException m) {
        StringBuilder sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static Text typeName(Class<?> type) {
        if (type == null) {
            return Text.of("value", "值");
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> Text.of("UUID", " UUID");
            case "LocalDate" -> Text.of("date (YYYY-MM-DD)", "日期（YYYY-MM-DD）");
            case "BigDecimal", "Double", "double", "Float", "float" -> Text.of("number", "数值");
            case "Integer", "int", "Long", "long", "Short", "short" -> Text.of("whole number", "整数");
            case "Boolean", "boolean" -> Text.of("true or false", " true 或 false");
            case "List", "Set", "Collection" -> Text.of("array", "数组");
            case "String" -> Text.of("string", "字符串");
            default -> Text.of("object", "对象");
        };
    }

    private static JsonProcessingException jsonCause(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    @Override
    public int priority() {
        return 10_000; // run before the library's own post-processors (logging, instance)
    }
}
