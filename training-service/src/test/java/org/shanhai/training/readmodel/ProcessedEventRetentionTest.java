package org.shanhai.training.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shanhai.common.readmodel.ProcessedEventRetention;

/** The retention of processed_event on the real database (topics of this test's own, not the live ones). */
@QuarkusTest
class ProcessedEventRetentionTest {

    @Inject
    EntityManager em;

    @Inject
    ProcessedEventRetention retention;

    UUID processed(String topic, int daysAgo) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO processed_event (ce_id, ce_type, topic, "
                        + "processed_at) VALUES (:id, 'test.retention', :topic, now() - make_interval(days => :days))")
                .setParameter("id", id).setParameter("topic", topic).setParameter("days", daysAgo).executeUpdate());
        return id;
    }

    @SuppressWarnings("unchecked")
    List<UUID> left(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT ce_id FROM processed_event WHERE topic = :topic ORDER BY processed_at", UUID.class)
                .setParameter("topic", topic).getResultList());
    }

    @Test
    void forgetsWhatIsOlderThanNinetyDaysButTheNewestOfEachTopic() {
        String busy = "retention-busy-" + UUID.randomUUID();
        String quiet = "retention-quiet-" + UUID.randomUUID();
        processed(busy, 200);
        processed(busy, 120);
        UUID within = processed(busy, 89);
        UUID recent = processed(busy, 1);
        processed(quiet, 300);
        // a topic quiet for months: its newest row stays, or a restart would read it again from offset 0
        UUID quietNewest = processed(quiet, 150);

        retention.purge();

        assertEquals(List.of(within, recent), left(busy));
        assertEquals(List.of(quietNewest), left(quiet));
        retention.purge();
        assertEquals(List.of(quietNewest), left(quiet), "a second run changes nothing");
    }
}
