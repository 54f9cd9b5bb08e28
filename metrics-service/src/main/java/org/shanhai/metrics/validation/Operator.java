package org.shanhai.metrics.validation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "比较 LESS_THAN <, LESS_OR_EQUAL ≤, EQUAL =, NOT_EQUAL ≠, GREATER_OR_EQUAL ≥, GREATER_THAN >")
public enum Operator {
    LESS_THAN("<"), LESS_OR_EQUAL("≤"), EQUAL("="), NOT_EQUAL("≠"), GREATER_OR_EQUAL("≥"), GREATER_THAN(">");

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
