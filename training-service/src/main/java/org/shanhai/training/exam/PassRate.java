package org.shanhai.training.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The pass rate, derived and never entered: passed / candidates in percent, two places, half up. */
public final class PassRate {

    private PassRate() {
    }

    public static BigDecimal of(int passed, int candidates) {
        if (candidates < 1 || passed < 0 || passed > candidates) {
            throw new IllegalArgumentException("needs 0 <= passed <= candidates and candidates >= 1");
        }
        return BigDecimal.valueOf(passed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(candidates), 2, RoundingMode.HALF_UP);
    }
}
