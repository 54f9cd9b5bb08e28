package org.shanhai.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;

/**
 * The one place that names the problem types the services return (RFC 9457). Services throw
 * these; quarkus-resteasy-problem turns them, and every framework exception, into
 * {@code application/problem+json}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://shanhai.org.cn/problems/";

    private Problems() {
    }

    /** 400 for a domain rule that Bean Validation cannot express (checksum, date order...). */
    public static HttpProblem invalid(List<FieldError> errors) {
        return HttpProblem.builder()
                .withType(type("validation"))
                .withTitle("Bad Request")
                .withStatus(400)
                .withDetail(summary(errors))
                .with("errors", errors)
                .build();
    }

    public static HttpProblem invalid(String field, String message) {
        return invalid(List.of(FieldError.body(field, message)));
    }

    public static HttpProblem invalidQuery(String parameter, String message) {
        return invalid(List.of(FieldError.query(parameter, message)));
    }

    /**
     * 422: the request is well formed but names something this service does not know (yet): a
     * reference whose event has not arrived, or that does not play the part the request gives it.
     */
    public static HttpProblem unprocessable(String field, String message) {
        return about("unknown-reference", "Unprocessable Content", 422, FieldError.body(field, message));
    }

    /** 422 about a request header (an Idempotency-Key reused for another request). */
    public static HttpProblem unprocessableHeader(String header, String message) {
        return about("unprocessable-header", "Unprocessable Content", 422, FieldError.header(header, message));
    }

    /** 409 about a request header (an Idempotency-Key whose first request is still running). */
    public static HttpProblem conflictHeader(String header, String message) {
        return about("conflict", "Conflict", 409, FieldError.header(header, message));
    }

    /** A problem about one field, parameter or header, which it names in its detail and in {@code errors[]}. */
    private static HttpProblem about(String type, String title, int status, FieldError error) {
        return HttpProblem.builder()
                .withType(type(type))
                .withTitle(title)
                .withStatus(status)
                .withDetail(error.field() + ": " + error.message())
                .with("errors", List.of(error))
                .build();
    }

    public static HttpProblem notFound(String what, Object id) {
        return HttpProblem.builder()
                .withType(type("not-found"))
                .withTitle("Not Found")
                .withStatus(404)
                .withDetail(what + " " + id + " does not exist")
                .build();
    }

    /** 409: the request is well formed but conflicts with what is stored; {@code field} may be null. */
    public static HttpProblem conflict(String field, String detail) {
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(type("conflict"))
                .withTitle("Conflict")
                .withStatus(409)
                .withDetail(detail);
        if (field != null) {
            b.with("errors", List.of(FieldError.body(field, detail)));
        }
        return b.build();
    }

    public static HttpProblem preconditionFailed(String detail) {
        return HttpProblem.builder()
                .withType(type("precondition-failed"))
                .withTitle("Precondition Failed")
                .withStatus(412)
                .withDetail(detail)
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withType(type("forbidden"))
                .withTitle("Forbidden")
                .withStatus(403)
                .withDetail(detail)
                .build();
    }

    /** 413: the request body is larger than the operation accepts. */
    public static HttpProblem tooLarge(long limitBytes) {
        return HttpProblem.builder()
                .withType(type("payload-too-large"))
                .withTitle("Content Too Large")
                .withStatus(413)
                .withDetail("the request body is larger than this operation accepts (" + limitBytes + " bytes)")
                .build();
    }

    /** 415: a body in a format the operation does not read (an upload that is neither CSV nor XLSX). */
    public static HttpProblem unsupportedMedia(String detail) {
        return HttpProblem.builder()
                .withType(type("unsupported-media-type"))
                .withTitle("Unsupported Media Type")
                .withStatus(415)
                .withDetail(detail)
                .build();
    }

    static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return (e.row() != null ? "row " + e.row() + ", " : "") + e.field() + ": " + e.message();
        }
        return errors.size() + " fields are invalid: "
                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
    }

    static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }
}
