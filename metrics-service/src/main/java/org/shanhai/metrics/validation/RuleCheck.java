package org.shanhai.metrics.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Validation rules over one institution's recorded values, as DHIS2 runs them: each side is the sum of
 * its indicators' values for the same period and department, and a rule is skipped where any of its
 * values is missing (missing is not zero). Pure: the service gathers the values.
 */
public final class RuleCheck {

    /** A rule: the sum of {@code left} compared with the sum of {@code right}. */
    public record Rule(String code, String name, List<String> left, Operator operator, List<String> right) {
    }

    /** Where values are compared: one period (canonical text) and department (null: the institution). */
    public record Slot(String period, String department) {
    }

    private RuleCheck() {
    }

    /** Every violation, ordered by period, department and rule. */
    public static List<Violation> violations(List<Rule> rules, Map<Slot, Map<String, BigDecimal>> values) {
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<Slot, Map<String, BigDecimal>> slot : values.entrySet()) {
            for (Rule rule : rules) {
                BigDecimal left = sum(rule.left(), slot.getValue());
                BigDecimal right = sum(rule.right(), slot.getValue());
                if (left == null || right == null || rule.operator().holds(left, right)) {
                    continue;
                }
                Slot s = slot.getKey();
                out.add(new Violation(rule.code(), rule.name(), s.period(), s.department(), left, rule.operator(), right,
                        s.period() + (s.department() == null ? "" : " (" + s.department() + ")") + ": "
                                + String.join(" + ", rule.left()) + " (" + left.toPlainString() + ") " + rule.operator().symbol
                                + " " + String.join(" + ", rule.right()) + " (" + right.toPlainString()
                                + ") does not hold"));
            }
        }
        out.sort(Comparator.comparing(Violation::period).thenComparing(v -> v.department() == null ? "" : v.department())
                .thenComparing(Violation::rule));
        return out;
    }

    private static BigDecimal sum(List<String> codes, Map<String, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal v = values.get(code);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }
}
