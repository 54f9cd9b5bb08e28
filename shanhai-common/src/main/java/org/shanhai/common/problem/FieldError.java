package org.shanhai.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a problem's {@code errors[]}: which field is wrong and why (and, for imports, which row),
 * the reason in the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer row, String field, String in, String message) {

    public static FieldError body(String field, Text message) {
        return new FieldError(null, field, "body", message.resolve());
    }

    public static FieldError query(String field, Text message) {
        return new FieldError(null, field, "query", message.resolve());
    }

    public static FieldError header(String field, Text message) {
        return new FieldError(null, field, "header", message.resolve());
    }

    public static FieldError row(int row, String field, Text message) {
        return new FieldError(row, field, "body", message.resolve());
    }
}
