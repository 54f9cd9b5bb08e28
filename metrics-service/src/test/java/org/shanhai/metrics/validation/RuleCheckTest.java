package org.shanhai.metrics.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shanhai.metrics.validation.RuleCheck.Rule;
import org.shanhai.metrics.validation.RuleCheck.Slot;

class RuleCheckTest {

    static final Rule SHARE = new Rule("RATIO_SURGERY_L34_SHARE", "三四级手术占比：分子不大于分母", List.of("SURGERIES_L34"),
            Operator.LESS_OR_EQUAL, List.of("SURGERIES"));
    static final Rule PARTS = new Rule("PARTS", "急诊与门诊之和等于门急诊", List.of("EMERGENCY_VISITS", "OUTPATIENT_VISITS"),
            Operator.EQUAL, List.of("OUTPATIENT_EMERGENCY_VISITS"));

    static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }

    @Test
    void aRuleBrokenInOnePeriodOnly() {
        Map<Slot, Map<String, BigDecimal>> v = new LinkedHashMap<>();
        v.put(new Slot("2025-02", null), values("SURGERIES_L34", "130", "SURGERIES", "120"));
        v.put(new Slot("2025-01", null), values("SURGERIES_L34", "120", "SURGERIES", "120"));
        List<Violation> out = RuleCheck.violations(List.of(SHARE), v);
        assertEquals(1, out.size());
        Violation x = out.get(0);
        assertEquals("2025-02", x.period());
        assertEquals(new BigDecimal("130"), x.left());
        assertEquals(new BigDecimal("120"), x.right());
        assertEquals("2025-02: SURGERIES_L34 (130) ≤ SURGERIES (120) does not hold", x.message());
    }

    @Test
    void aMissingValueSkipsTheRuleRatherThanCountingAsZero() {
        Map<Slot, Map<String, BigDecimal>> v = Map.of(new Slot("2025", null), values("SURGERIES_L34", "5"));
        assertEquals(List.of(), RuleCheck.violations(List.of(SHARE), v));
        Map<Slot, Map<String, BigDecimal>> parts = Map.of(new Slot("2025", null),
                values("EMERGENCY_VISITS", "10", "OUTPATIENT_EMERGENCY_VISITS", "10"));
        assertEquals(List.of(), RuleCheck.violations(List.of(PARTS), parts));
    }

    @Test
    void sidesAreSumsComparedExactly() {
        Map<Slot, Map<String, BigDecimal>> equal = Map.of(new Slot("2025Q1", "04.02"),
                values("EMERGENCY_VISITS", "0.1", "OUTPATIENT_VISITS", "0.2", "OUTPATIENT_EMERGENCY_VISITS", "0.30"));
        assertEquals(List.of(), RuleCheck.violations(List.of(PARTS), equal));
        Map<Slot, Map<String, BigDecimal>> off = Map.of(new Slot("2025Q1", "04.02"),
                values("EMERGENCY_VISITS", "0.1", "OUTPATIENT_VISITS", "0.2", "OUTPATIENT_EMERGENCY_VISITS", "0.3001"));
        List<Violation> out = RuleCheck.violations(List.of(PARTS), off);
        assertEquals(1, out.size());
        assertEquals(new BigDecimal("0.3"), out.get(0).left());
        assertEquals("04.02", out.get(0).department());
    }

    @Test
    void everyOperator() {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal two = new BigDecimal("2");
        assertEquals(List.of(true, true, false, true, false, false), List.of(Operator.LESS_THAN.holds(one, two),
                Operator.LESS_OR_EQUAL.holds(one, new BigDecimal("1.00")), Operator.EQUAL.holds(one, two),
                Operator.NOT_EQUAL.holds(one, two), Operator.GREATER_OR_EQUAL.holds(one, two),
                Operator.GREATER_THAN.holds(one, one)));
    }
}
