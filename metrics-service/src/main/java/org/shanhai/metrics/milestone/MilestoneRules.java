package org.shanhai.metrics.milestone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Text;

/**
 * Which fields each milestone type needs and which do not apply to it (pure): a missing one and a
 * stray one are both field errors, so a request says what it means.
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    public static List<FieldError> check(MilestoneRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> optional = new LinkedHashMap<>();
        optional.put("independent", r.independent());
        optional.put("level", r.level());
        optional.put("stage", r.stage());
        optional.put("grade", r.grade());
        optional.put("standard", r.standard());
        List<String> required = switch (r.type()) {
            case NEW_TECHNIQUE -> List.of("name", "independent?");
            case KEY_SPECIALTY -> List.of("department", "level", "stage");
            case CENTRE -> List.of("name", "level?", "stage?");
            case ACCREDITATION -> List.of("grade");
            case STANDARD_MET -> List.of("standard");
        };
        Map<String, Object> all = new LinkedHashMap<>(optional);
        all.put("name", r.name() == null || r.name().isBlank() ? null : r.name());
        all.put("department", r.department());
        for (String f : required) {
            boolean mayBeAbsent = f.endsWith("?");
            String field = mayBeAbsent ? f.substring(0, f.length() - 1) : f;
            if (!mayBeAbsent && all.get(field) == null) {
                errors.add(FieldError.body(field, Text.of("is required for a " + r.type() + " milestone",
                        r.type() + " 类里程碑必须填写此项")));
            }
        }
        for (Map.Entry<String, Object> e : optional.entrySet()) {
            if (e.getValue() != null && !required.contains(e.getKey()) && !required.contains(e.getKey() + "?")) {
                errors.add(FieldError.body(e.getKey(), Text.of("does not apply to a " + r.type() + " milestone",
                        "不适用于 " + r.type() + " 类里程碑")));
            }
        }
        return errors;
    }
}
