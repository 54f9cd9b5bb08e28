package org.shanhai.metrics.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shanhai.metrics.indicator.Direction;

/**
 * The scorecard's arithmetic on exact decimals (pure): relative change, change in percentage points,
 * progress from baseline to target, and the trend judged by the indicator's direction. Results carry
 * {@link #SCALE} places; rounding for display (two places) happens only in the files.
 */
public final class ScorecardMath {

    public static final int SCALE = 4;

    /** 1%: a relative change smaller than this is STABLE unless the indicator sets its own threshold. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.ONE;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScorecardMath() {
    }

    /** (value − previous) / |previous| × 100; null without both, or when previous is 0 (no relative change from nothing). */
    public static BigDecimal changePercent(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(HUNDRED).divide(previous.abs(), SCALE, RoundingMode.HALF_UP);
    }

    /** value − previous, in percentage points (for PERCENT indicators); null without both. */
    public static BigDecimal changePoints(BigDecimal value, BigDecimal previous) {
        return value == null || previous == null ? null : value.subtract(previous);
    }

    /** How far the value has come from baseline to target, in percent (can pass 100, or fall below 0); null when target = baseline. */
    public static BigDecimal progressPercent(BigDecimal value, BigDecimal baseline, BigDecimal target) {
        if (value == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return value.subtract(baseline).multiply(HUNDRED).divide(target.subtract(baseline), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * IMPROVING or WORSENING by the direction when the value moved by at least {@code thresholdPercent}
     * of the previous value, else STABLE; from a previous 0, any rise or fall counts. Null without both values.
     */
    public static Trend trend(BigDecimal value, BigDecimal previous, Direction direction, BigDecimal thresholdPercent) {
        if (value == null || previous == null) {
            return null;
        }
        int moved = value.compareTo(previous);
        if (moved == 0) {
            return Trend.STABLE;
        }
        if (previous.signum() != 0) {
            BigDecimal change = changePercent(value, previous).abs();
            if (change.compareTo(thresholdPercent == null ? DEFAULT_THRESHOLD : thresholdPercent) < 0) {
                return Trend.STABLE;
            }
        }
        boolean better = direction == Direction.LOWER_IS_BETTER ? moved < 0 : moved > 0;
        return better ? Trend.IMPROVING : Trend.WORSENING;
    }
}
