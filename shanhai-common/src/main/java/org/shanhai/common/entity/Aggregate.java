package org.shanhai.common.entity;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.shanhai.common.events.contract.Change;

/**
 * How one kind of entity appears in events: its aggregate type (the {@code ce_subject} prefix and
 * the history key), its record key, and its payload (current state plus, on change, what changed).
 */
public record Aggregate<E extends VersionedEntity>(String type, Function<E, String> key,
        BiFunction<E, Map<String, Change>, Object> payload) {
}
