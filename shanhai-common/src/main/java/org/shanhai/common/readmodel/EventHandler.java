package org.shanhai.common.readmodel;

import java.util.Set;

/**
 * One part of a service's read model: the {@code ce_type}s it applies and how. Implementations
 * are CDI beans; the {@link ReadModelRouter} finds them, so a feature adds a read model by adding
 * a handler, with no consumer, deduplication, retry or dead-letter code of its own.
 */
public interface EventHandler {

    Set<String> types();

    /** Applies the event inside the consumer's transaction; throw {@link InvalidEventException} for a broken one. */
    void apply(InboundEvent event);
}
