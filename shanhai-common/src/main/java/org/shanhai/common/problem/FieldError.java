package org.shanhai.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a problem's {@code errors[]}: which field is wrong and why (and, for imports, which row). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer row, String field, String in, String message) {

    public static FieldError body(String field, String message) {
        return new FieldError(null, field, "body", message);
    }

    public static FieldError query(String field, String message) {
        return new FieldError(null, field, "query", message);
    }

    public static FieldError header(String field, String message) {
        return new FieldError(null, field, "header", message);
    }

    public static FieldError row(int row, String field, String message) {
        return new FieldError(row, field, "body", message);
    }
}
