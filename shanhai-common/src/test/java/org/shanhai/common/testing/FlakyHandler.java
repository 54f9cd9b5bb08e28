package org.shanhai.common.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shanhai.common.readmodel.EventHandler;
import org.shanhai.common.readmodel.InboundEvent;

/**
 * A read-model handler for the test event type {@code test.flaky} that fails until the test says
 * its cause is fixed, and counts what it applied: a dead letter that becomes applicable, for the
 * replay tests. Lives in the test-jar only.
 */
@ApplicationScoped
public class FlakyHandler implements EventHandler {

    public static final String TYPE = "test.flaky";
    public static final AtomicBoolean BROKEN = new AtomicBoolean(true);
    /** The ce_ids applied, in order (the topic is shared, so tests look for their own). */
    public static final List<UUID> APPLIED = new CopyOnWriteArrayList<>();

    public static long timesApplied(UUID ceId) {
        return APPLIED.stream().filter(ceId::equals).count();
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public void apply(InboundEvent event) {
        if (BROKEN.get()) {
            throw new IllegalStateException("the cause is not fixed yet");
        }
        APPLIED.add(event.id());
    }
}
