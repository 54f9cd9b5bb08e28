package org.shanhai.metrics.validation;

import org.shanhai.common.codes.Label;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "比较 LESS_THAN <, LESS_OR_EQUAL ≤, EQUAL =, NOT_EQUAL ≠, GREATER_OR_EQUAL ≥, GREATER_THAN >")
@Label(zh = "比较", en = "Operator")
public enum Operator {
    @Label(zh = "小于", en = "Less than")
    LESS_THAN("<"),
    @Label(zh = "小于等于", en = "Less than or equal")
    LESS_OR_EQUAL("≤"),
    @Label(zh = "等于", en = "Equal")
    EQUAL("="),
    @Label(zh = "不等于", en = "Not equal")
    NOT_EQUAL("≠"),
    @Label(zh = "大于等于", en = "Greater than or equal")
    GREATER_OR_EQUAL("≥"),
    @Label(zh = "大于", en = "Greater than")
    GREATER_THAN(">");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** Exact: 1.0 equals 1.00. */
    public boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case LESS_THAN -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
            case EQUAL -> c == 0;
            case NOT_EQUAL -> c != 0;
            case GREATER_OR_EQUAL -> c >= 0;
            case GREATER_THAN -> c > 0;
        };
    }
}
