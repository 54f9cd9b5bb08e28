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
                return FieldError.body(field, "unknown field '" + u.getPropertyName() + "'");
            }
            if (m instanceof org.shanhai.common.rest.JsonSetup.DateOutOfRange d) {
                return FieldError.body(field, d.getOriginalMessage());
            }
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return FieldError.body(field, "'" + f.getValue() + "' is not one of "
                        + Arrays.toString(f.getTargetType().getEnumConstants()));
            }
            if (m instanceof InvalidFormatException f) {
                return FieldError.body(field, "'" + f.getValue() + "' is not a valid " + typeName(f.getTargetType()));
            }
            return FieldError.body(field, "has the wrong type (expected " + typeName(m.getTargetType()) + ")");
        }
        var loc = e.getLocation();
        return FieldError.body("body", "is not valid JSON" + (loc == null ? ""
                : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
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

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "whole number";
            case "Boolean", "boolean" -> "true or false";
            case "List", "Set", "Collection" -> "array";
            case "String" -> "string";
            default -> "object";
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
