package org.shanhai.common.events.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void listsOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = new HashMap<>();
        before.put("name", "盐津县人民医院");
        before.put("grade", null);
        before.put("partners", List.of("a"));
        Map<String, Object> after = new HashMap<>(before);
        after.put("grade", "GRADE_2A");
        after.put("partners", List.of("a", "b"));
        Map<String, Change> changes = Change.between(before, after);
        assertEquals(Map.of("grade", new Change(null, "GRADE_2A"), "partners", new Change(List.of("a"), List.of("a", "b"))),
                changes);
    }

    @Test
    void noChangeIsEmpty() {
        Map<String, Object> same = Map.of("name", "x");
        assertEquals(Map.of(), Change.between(same, Map.of("name", "x")));
    }
}
