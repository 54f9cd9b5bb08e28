package org.shanhai.programme.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shanhai.common.outbox.OutboxMetrics;
import org.shanhai.common.outbox.OutboxRelay;
import org.shanhai.common.testing.EventTap;

/**
 * The relay over the real broker, with a row the broker refuses (larger than a Kafka record may
 * be): what was acknowledged stays marked sent, and the refused row's later events do not overtake it.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    UUID row(String key, String payload) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO outbox_event (id, topic, event_type, "
                        + "subject, aggregate_type, aggregate_id, record_key, payload, actor, created_at) VALUES (:id, "
                        + "'programme.events', 'test.relay', :subject, 'test', :id, :key, cast(:payload as json), 'test', now())")
                .setParameter("id", id).setParameter("subject", "test/" + id).setParameter("key", key)
                .setParameter("payload", payload).executeUpdate());
        return id;
    }

    boolean sent(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE id = :id AND sent_at IS NOT NULL").setParameter("id", id)
                .getSingleResult()).intValue() == 1);
    }

    @Test
    void acknowledgedRowsStaySentAndARefusedRowHoldsBackItsKeyOnly() {
        String k1 = UUID.randomUUID().toString();
        String k2 = UUID.randomUUID().toString();
        UUID first = row(k1, "{\"n\": 1}");
        UUID tooLarge = row(k1, "{\"x\": \"" + "a".repeat(1_200_000) + "\"}");
        UUID after = row(k1, "{\"n\": 3}");
        UUID other = row(k2, "{\"n\": 4}");
        try {
            relay.drain();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sent(first) && sent(other));
            relay.drain(); // the refused row is tried again, and refused again
            assertEquals(false, sent(tooLarge));
            assertEquals(false, sent(after), "an event must not overtake the one before it of the same key");
            List<String> onTopic = EventTap.read("programme.events", r -> k1.equals(r.key()) || k2.equals(r.key()),
                    seen -> seen.size() >= 2, Duration.ofSeconds(20)).stream()
                    .map(r -> EventTap.header(r, "ce_id")).toList();
            // each once (the two keys may sit on different partitions, so their order is not compared)
            assertEquals(2, onTopic.size(), onTopic.toString());
            assertEquals(java.util.Set.of(first.toString(), other.toString()), java.util.Set.copyOf(onTopic));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id IN (:ids)")
                    .setParameter("ids", List.of(tooLarge, after)).executeUpdate());
        }
    }

    @Test
    void aKeyHeldBackByARefusedRowDoesNotStarveTheOthers() {
        String stuck = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        java.util.List<UUID> held = new java.util.ArrayList<>();
        held.add(row(stuck, "{\"x\": \"" + "a".repeat(1_200_000) + "\"}"));
        for (int n = 0; n < 210; n++) { // more than one poll takes of one key
            held.add(row(stuck, "{\"n\": " + n + "}"));
        }
        UUID behind = row(other, "{\"n\": 1}");
        try {
            relay.drain();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sent(behind));
            assertEquals(false, sent(held.get(1)), "the refused row still holds back its own key");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id IN (:ids)")
                    .setParameter("ids", held).executeUpdate());
        }
    }

    @Inject
    OutboxMetrics metrics;

    static double metric(String name) {
        String body = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
    }

    @Test
    void theOldestUnpublishedEventsAgeIsOnTheMetricsForTheAlert() {
        // a row the broker refuses, written ten minutes ago: it stays pending however often the relay runs
        UUID stuck = row(UUID.randomUUID().toString(), "{\"x\": \"" + "a".repeat(1_200_000) + "\"}");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outbox_event SET created_at = now() - interval '10 minutes' WHERE id = :id").setParameter("id", stuck)
                .executeUpdate());
        try {
            metrics.refresh();
            double age = metric("shanhai_outbox_oldest_pending_seconds");
            assertTrue(age >= 600 && age < 700, "age " + age);
            assertTrue(metric("shanhai_outbox_pending") >= 1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id = :id")
                    .setParameter("id", stuck).executeUpdate());
        }
        metrics.refresh();
        double age = metric("shanhai_outbox_oldest_pending_seconds");
        assertTrue(age < 600, "once it is gone, the age is another row's or 0: " + age);
    }
}
