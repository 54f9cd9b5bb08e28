package org.shanhai.metrics.observation;

import java.math.BigDecimal;
import java.util.Optional;
import org.shanhai.common.problem.Text;
import org.shanhai.metrics.indicator.Unit;

/** What a value of each unit may be (pure): exact decimals, at most 4 places, no negative figures. */
public final class ValueRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MAX = new BigDecimal("9999999999999999"); // numeric(20,4)

    private ValueRules() {
    }

    /** The value as people write it: 1250, 92.53 (never 1.25E+3 or 1250.0000). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Rounded for display only (a printed file), half up to two places, as people write it: 92.86, 1500. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : plain(value.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** Why the value does not fit the unit, or empty when it does. */
    public static Optional<Text> problem(Unit unit, BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of(Text.of("must not be negative", "不能为负数"));
        }
        if (value.compareTo(MAX) > 0) {
            return Optional.of(Text.of("is too large", "过大"));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            return Optional.of(Text.of("has more than 4 decimal places", "小数超过 4 位"));
        }
        return switch (unit) {
            case COUNT -> value.stripTrailingZeros().scale() > 0
                    ? Optional.of(Text.of("is a count: a whole number", "是计数：应为整数")) : Optional.empty();
            case PERCENT -> value.compareTo(HUNDRED) > 0
                    ? Optional.of(Text.of("is a percentage: 0 to 100", "是百分比：应在 0 至 100 之间")) : Optional.empty();
            case CNY -> value.stripTrailingZeros().scale() > 2
                    ? Optional.of(Text.of("is an amount in yuan: at most 2 decimal places", "是以元计的金额：最多 2 位小数"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
