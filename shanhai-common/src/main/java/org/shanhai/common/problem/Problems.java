package org.shanhai.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;

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

    public static HttpProblem invalid(String field, Text message) {
        return invalid(List.of(FieldError.body(field, message)));
    }

    public static HttpProblem invalidQuery(String parameter, Text message) {
        return invalid(List.of(FieldError.query(parameter, message)));
    }

    /**
     * 422: the request is well formed but names something this service does not know (yet): a
     * reference whose event has not arrived, or that does not play the part the request gives it.
     */
    public static HttpProblem unprocessable(String field, Text message) {
        return about("unknown-reference", "Unprocessable Content", 422, FieldError.body(field, message));
    }

    /** 422 about a request header (an Idempotency-Key reused for another request). */
    public static HttpProblem unprocessableHeader(String header, Text message) {
        return about("unprocessable-header", "Unprocessable Content", 422, FieldError.header(header, message));
    }

    /** 409 about a request header (an Idempotency-Key whose first request is still running). */
    public static HttpProblem conflictHeader(String header, Text message) {
        return about("conflict", "Conflict", 409, FieldError.header(header, message));
    }

    /** A problem about one field, parameter or header, which it names in its detail and in {@code errors[]}. */
    private static HttpProblem about(String type, String title, int status, FieldError error) {
        return HttpProblem.builder()
                .withType(type(type))
                .withTitle(title)
                .withStatus(status)
                .withDetail(error.field() + colon() + error.message())
                .with("errors", List.of(error))
                .build();
    }

    /** 404 for the record {@code id} of a kind named in English ("programme"; see {@link #NOUNS}). */
    public static HttpProblem notFound(String what, Object id) {
        return notFound(Text.of(what + " " + id + " does not exist", NOUNS.getOrDefault(what, what) + " " + id + " 不存在"));
    }

    /** 404 for a record whose description has words of its own ("SURGERIES 2025 of institution ..."). */
    public static HttpProblem notFound(Text detail) {
        return HttpProblem.builder()
                .withType(type("not-found"))
                .withTitle("Not Found")
                .withStatus(404)
                .withDetail(detail.resolve())
                .build();
    }

    /** The kinds of record a 404 names, in Chinese. */
    static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("programme", "项目"), Map.entry("institution", "机构"), Map.entry("batch", "批次"),
            Map.entry("expert", "专家"), Map.entry("assignment", "派驻"), Map.entry("workstation", "工作站"),
            Map.entry("resource input", "资源投入"), Map.entry("staff member", "本地人员"),
            Map.entry("staff", "本地人员"), Map.entry("training activity", "培训活动"),
            Map.entry("mentorship", "师带徒"), Map.entry("secondment", "进修"), Map.entry("exam result", "考试结果"),
            Map.entry("reported total", "报告总数"), Map.entry("indicator", "指标"), Map.entry("observation", "观测值"),
            Map.entry("milestone", "里程碑"), Map.entry("validation rule", "校验规则"), Map.entry("code list", "代码表"),
Map.entry("approval", "审核"), Map.entry("target", "目标"),
            Map.entry("dead letter", "死信"),
            Map.entry("training total", "培训总数"), Map.entry("observation approval", "数据审核"));

    /** 409: the request is well formed but conflicts with what is stored; {@code field} may be null. */
    public static HttpProblem conflict(String field, Text detail) {
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(type("conflict"))
                .withTitle("Conflict")
                .withStatus(409)
                .withDetail(detail.resolve());
        if (field != null) {
            b.with("errors", List.of(FieldError.body(field, detail)));
        }
        return b.build();
    }

    public static HttpProblem preconditionFailed(Text detail) {
        return HttpProblem.builder()
                .withType(type("precondition-failed"))
                .withTitle("Precondition Failed")
                .withStatus(412)
                .withDetail(detail.resolve())
                .build();
    }

    public static HttpProblem forbidden(Text detail) {
        return HttpProblem.builder()
                .withType(type("forbidden"))
                .withTitle("Forbidden")
                .withStatus(403)
                .withDetail(detail.resolve())
                .build();
    }

    /** 413: the request body is larger than the operation accepts. */
    public static HttpProblem tooLarge(long limitBytes) {
        return HttpProblem.builder()
                .withType(type("payload-too-large"))
                .withTitle("Content Too Large")
                .withStatus(413)
                .withDetail(Text.of("the request body is larger than this operation accepts (" + limitBytes + " bytes)",
                        "请求体超过本操作接受的大小（" + limitBytes + " 字节）").resolve())
                .build();
    }

    /** 415: a body in a format the operation does not read (an upload that is neither CSV nor XLSX). */
    public static HttpProblem unsupportedMedia(Text detail) {
        return HttpProblem.builder()
                .withType(type("unsupported-media-type"))
                .withTitle("Unsupported Media Type")
                .withStatus(415)
                .withDetail(detail.resolve())
                .build();
    }

    static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return (e.row() != null ? Text.of("row " + e.row() + ", ", "第 " + e.row() + " 行，").resolve() : "")
                    + e.field() + colon() + e.message();
        }
        String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return Text.of(errors.size() + " fields are invalid: " + fields, errors.size() + " 处字段无效：" + fields).resolve();
    }

    /** Between a field's name and what is wrong with it. */
    private static String colon() {
        return Text.of(": ", "：").resolve();
    }

    static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }
}
