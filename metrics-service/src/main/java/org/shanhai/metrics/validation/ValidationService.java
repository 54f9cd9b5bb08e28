package org.shanhai.metrics.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.security.Caller;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.observation.ObservationService;
import org.shanhai.metrics.period.Period;

/**
 * Validation rules (as DHIS2 has them): the built-in rule of every RATIO whose parts are counts
 * (numerator ≤ denominator), and the rules NATIONAL_ADMIN adds. They run on submission of a year's data
 * and on request for any period.
 */
@ApplicationScoped
public class ValidationService {

    @Inject
    IndicatorService indicators;

    @Inject
    ObservationService observations;

    @Inject
    JsonBodies bodies;

    @Inject
    Caller caller;

    /** Every rule broken by the institution's values in the period or any period within it. */
    public List<Violation> check(UUID institutionId, Period period) {
        return check(institutionId, period, rules());
    }

    /** The same, over rules already loaded. */
    public List<Violation> check(UUID institutionId, Period period, List<RuleCheck.Rule> rules) {
        Map<RuleCheck.Slot, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (ObservationService.RecordedValue v : observations.recorded(institutionId, period.start(), period.end())) {
            values.computeIfAbsent(new RuleCheck.Slot(v.period(), v.department()), s -> new LinkedHashMap<>())
                    .put(v.indicatorCode(), v.value());
        }
        return RuleCheck.violations(rules, values);
    }

    /** The built-in rules and the active ones NATIONAL_ADMIN added. */
    public List<RuleCheck.Rule> rules() {
        List<RuleCheck.Rule> rules = new ArrayList<>(builtIn());
        ValidationRule.<ValidationRule>list("retired = false order by code").forEach(r -> rules.add(r.rule()));
        return rules;
    }

    public List<ValidationRuleView> list(boolean includeRetired) {
        List<ValidationRuleView> out = new ArrayList<>(builtIn().stream().map(ValidationRuleView::builtIn).toList());
        ValidationRule.<ValidationRule>list(includeRetired ? "order by code" : "retired = false order by code").stream()
                .map(ValidationRuleView::of).forEach(out::add);
        return out;
    }

    public ValidationRuleView get(String code) {
        for (RuleCheck.Rule r : builtIn()) {
            if (r.code().equals(code)) {
                return ValidationRuleView.builtIn(r);
            }
        }
        return ValidationRuleView.of(find(code));
    }

    /** A new rule over reported indicators of one unit; its code is not a built-in one's. */
    @Transactional
    public ValidationRuleView define(String body) {
        ValidationRequests.Rule r = bodies.bind(body, ValidationRequests.Rule.class);
        if (r.code().startsWith(BUILT_IN_PREFIX)) {
            throw Problems.invalid("code", Text.of("codes starting " + BUILT_IN_PREFIX + " are the built-in rules'",
                    "以 " + BUILT_IN_PREFIX + " 开头的代码留给内置规则"));
        }
        if (ValidationRule.count("code", r.code()) > 0) {
            throw Problems.conflict("code", Text.of("a validation rule " + r.code() + " exists already",
                    "校验规则 " + r.code() + " 已存在"));
        }
        Set<Unit> units = new LinkedHashSet<>();
        checkSide("left", r.left(), units);
        checkSide("right", r.right(), units);
        if (units.size() > 1) {
            throw Problems.unprocessable("right", Text.of("the rule compares values of different units " + units
                    + "; both sides must be of one unit", "该规则比较的数值单位不同 " + units + "；两边应为同一单位"));
        }
        ValidationRule rule = new ValidationRule();
        rule.id = UUID.randomUUID();
        rule.code = r.code();
        rule.name = r.name().strip();
        rule.description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        rule.leftSide = String.join("+", r.left().stream().map(String::strip).toList());
        rule.operator = r.operator();
        rule.rightSide = String.join("+", r.right().stream().map(String::strip).toList());
        rule.createdBy = caller.subject();
        rule.createdAt = Clock.now();
        rule.persist();
        return ValidationRuleView.of(rule);
    }

    /** Retires a rule: it no longer runs, and stays listed with includeRetired. */
    @Transactional
    public ValidationRuleView retire(String code) {
        if (code.startsWith(BUILT_IN_PREFIX)) {
            throw Problems.conflict("code", Text.of("a built-in rule follows its RATIO indicator and is not retired",
                    "内置规则随其 RATIO 指标而定，不能停用"));
        }
        ValidationRule r = find(code);
        r.retired = true;
        return ValidationRuleView.of(r);
    }

    static final String BUILT_IN_PREFIX = "RATIO_";

    /** numerator ≤ denominator for every RATIO whose parts are both counts. */
    List<RuleCheck.Rule> builtIn() {
        List<Indicator> all = indicators.all();
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        all.forEach(i -> byCode.put(i.code, i));
        List<RuleCheck.Rule> rules = new ArrayList<>();
        for (Indicator i : all) {
            if (i.aggregation != Aggregation.RATIO) {
                continue;
            }
            Indicator n = byCode.get(i.numeratorCode);
            Indicator d = byCode.get(i.denominatorCode);
            if (n != null && d != null && n.unit == Unit.COUNT && d.unit == Unit.COUNT) {
                rules.add(new RuleCheck.Rule(BUILT_IN_PREFIX + i.code, i.nameZh + "：分子不大于分母",
                        List.of(n.code), Operator.LESS_OR_EQUAL, List.of(d.code)));
            }
        }
        return rules;
    }

    private void checkSide(String field, List<String> codes, Set<Unit> units) {
        for (String code : codes) {
            Indicator i = indicators.find(code.strip()).orElseThrow(() -> Problems.unprocessable(field,
                    Text.of("indicator " + code + " is not in the catalogue", "指标 " + code + " 不在指标目录中")));
            if (i.aggregation == Aggregation.RATIO) {
                throw Problems.unprocessable(field, Text.of(i.code + " is a RATIO: compare its numerator and denominator instead",
                        i.code + " 是 RATIO 指标：请改为比较其分子和分母"));
            }
            units.add(i.unit);
        }
    }

    private static ValidationRule find(String code) {
        return ValidationRule.<ValidationRule>find("code", code).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("validation rule", code));
    }
}
