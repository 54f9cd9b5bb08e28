package org.shanhai.common.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shanhai.common.readmodel.EventHandler;
import org.shanhai.common.readmodel.InboundEvent;

/**
 * Applies the test event type {@code test.marker} by remembering its ce_id. Sent with the key of
 * another record, it lands on the same partition after it: once the marker is applied, the record
 * before it has been handled, whatever it did or did not change. Lives in the test-jar only.
 */
@ApplicationScoped
public class MarkerHandler implements EventHandler {

    public static final String TYPE = "test.marker";
    public static final List<UUID> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public void apply(InboundEvent event) {
        SEEN.add(event.id());
    }
}
