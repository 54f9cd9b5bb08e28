package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One changed field of an update event: the value before and after. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Change(Object old, Object value) {

    /** Collects the fields whose values differ between two snapshots of the same entity. */
    public static Map<String, Change> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                changes.put(e.getKey(), new Change(old, e.getValue()));
            }
        }
        return changes;
    }
}
