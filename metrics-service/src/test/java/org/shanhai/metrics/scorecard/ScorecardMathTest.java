package org.shanhai.metrics.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shanhai.metrics.indicator.Direction;

class ScorecardMathTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void relativeChangeAndPointsAreExact() {
        // 87.5 → 92.8571: +5.3571 points, 5.3571 / 87.5 = 6.1224 %
        assertEquals(d("6.1224"), ScorecardMath.changePercent(d("92.8571"), d("87.5")));
        assertEquals(d("5.3571"), ScorecardMath.changePoints(d("92.8571"), d("87.5")));
        // 400 → 340 upward referrals: −15 %
        assertEquals(d("-15.0000"), ScorecardMath.changePercent(d("340"), d("400")));
        // from a negative value the change is relative to its size
        assertEquals(d("50.0000"), ScorecardMath.changePercent(d("-1"), d("-2")));
        assertNull(ScorecardMath.changePercent(d("5"), d("0")), "no relative change from nothing");
        assertNull(ScorecardMath.changePercent(null, d("3")));
        assertNull(ScorecardMath.changePoints(d("3"), null));
    }

    @Test
    void progressRunsFromBaselineToTargetInEitherDirection() {
        assertEquals(d("71.4280"), ScorecardMath.progressPercent(d("92.8571"), d("87.5"), d("95")));
        // a LOWER_IS_BETTER target: 400 → 300, now 340
        assertEquals(d("60.0000"), ScorecardMath.progressPercent(d("340"), d("400"), d("300")));
        assertEquals(d("-20.0000"), ScorecardMath.progressPercent(d("420"), d("400"), d("300")), "moved away");
        assertEquals(d("120.0000"), ScorecardMath.progressPercent(d("280"), d("400"), d("300")), "past the target");
        assertNull(ScorecardMath.progressPercent(d("5"), d("5"), d("5")), "target equals baseline");
    }

    @Test
    void trendFollowsTheDirectionAndTheThreshold() {
        assertEquals(Trend.IMPROVING, ScorecardMath.trend(d("92.8571"), d("87.5"), Direction.HIGHER_IS_BETTER, null));
        assertEquals(Trend.WORSENING, ScorecardMath.trend(d("87.5"), d("92.8571"), Direction.HIGHER_IS_BETTER, null));
        assertEquals(Trend.IMPROVING, ScorecardMath.trend(d("340"), d("400"), Direction.LOWER_IS_BETTER, null),
                "fewer upward referrals is improving");
        assertEquals(Trend.WORSENING, ScorecardMath.trend(d("440"), d("400"), Direction.LOWER_IS_BETTER, null));
        // 10000 → 10050 is +0.5 %: under the default 1 %
        assertEquals(Trend.STABLE, ScorecardMath.trend(d("10050"), d("10000"), Direction.HIGHER_IS_BETTER, null));
        assertEquals(Trend.IMPROVING, ScorecardMath.trend(d("10100"), d("10000"), Direction.HIGHER_IS_BETTER, null),
                "exactly 1 % is a move");
        assertEquals(Trend.STABLE, ScorecardMath.trend(d("10100"), d("10000"), Direction.HIGHER_IS_BETTER, d("2")),
                "the indicator's own threshold");
        assertEquals(Trend.IMPROVING, ScorecardMath.trend(d("3"), d("0"), Direction.HIGHER_IS_BETTER, null),
                "from zero any rise counts");
        assertEquals(Trend.STABLE, ScorecardMath.trend(d("0"), d("0"), Direction.HIGHER_IS_BETTER, null));
        assertNull(ScorecardMath.trend(d("3"), null, Direction.HIGHER_IS_BETTER, null));
    }

    @Test
    void displayRoundsHalfUpToTwoPlaces() {
        assertEquals(d("92.86"), org.shanhai.metrics.observation.ValueRules.display(d("92.8571")));
        assertEquals(d("1500"), org.shanhai.metrics.observation.ValueRules.display(d("1500.0000")));
        assertEquals(d("0.01"), org.shanhai.metrics.observation.ValueRules.display(d("0.005")));
    }
}
