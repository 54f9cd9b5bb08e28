package org.shanhai.common.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once: in one transaction it records the event's {@code ce_id} in
 * {@code processed_event} and applies the change; an id seen before changes nothing. A failure
 * that waiting cures (the database is down, read-only after a failover, out of connections, a
 * lock or statement timeout, a deadlock) is retried with backoff for as long as it lasts: such a
 * record never ends in the dead-letter topic, and later records of its partition wait behind it.
 * Any other failure is retried a few times and then thrown, so that SmallRye's dead-letter
 * strategy sends the record to the service's dead-letter topic with the reason.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** SQLSTATEs that a later attempt can get past (besides classes 08, 40 and 57P). */
    static final Set<String> TRANSIENT_STATES = Set.of(
            "25006", // read-only transaction: the primary moved (failover)
            "53300", // too many connections
            "57014", // statement timeout
            "55P03"); // lock not available

    @Inject
    EntityManager em;

    @Inject
    @Readiness
    ConsumerHealth health;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "shanhai.consumer.attempts", defaultValue = "3")
    int attempts;

    @ConfigProperty(name = "shanhai.consumer.max-backoff-ms", defaultValue = "10000")
    long maxBackoffMs;

    /** @return true when the event was applied now, false when it had been applied before. */
    public boolean apply(InboundEvent event, String topic, Consumer<InboundEvent> change) {
        return apply(event, topic, change, Integer.MAX_VALUE);
    }

    /**
     * As {@link #apply(InboundEvent, String, Consumer)}, but waits for the database at most
     * {@code transientAttempts} times (a replay asked for over HTTP must answer, not hang).
     */
    public boolean apply(InboundEvent event, String topic, Consumer<InboundEvent> change, int transientAttempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    int fresh = em.createNativeQuery("INSERT INTO processed_event (ce_id, ce_type, topic, processed_at) "
                                    + "VALUES (:id, :type, :topic, now()) ON CONFLICT (ce_id) DO NOTHING")
                            .setParameter("id", event.id())
                            .setParameter("type", event.type())
                            .setParameter("topic", topic)
                            .executeUpdate();
                    if (fresh == 0) {
                        LOG.debugf("event %s (%s) seen before: skipped", event.id(), event.type());
                        return false;
                    }
                    change.accept(event);
                    return true;
                });
                health.recovered();
                // what the consumer did, by type: the checks count these, not processed_event rows
                meters.counter(applied ? "shanhai.events.applied" : "shanhai.events.duplicates", "ce_type", event.type())
                        .increment();
                return applied;
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    if (attempt >= transientAttempts) {
                        throw e;
                    }
                    health.waiting(e);
                    LOG.warnf("event %s (%s) waits for the database (attempt %d): %s", event.id(), event.type(),
                            attempt, e.getMessage());
                    sleep(Math.min(maxBackoffMs, 250L * attempt));
                    continue;
                }
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("event %s (%s) failed, attempt %d of %d: %s", event.id(), event.type(), attempt, attempts,
                        e.getMessage());
                sleep(200L * attempt * attempt);
            }
        }
    }

    /** A failure that waiting can cure: see {@link #TRANSIENT_STATES}, plus connection loss and pool exhaustion. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("40")
                        || TRANSIENT_STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool says so only in words: "Sorry, acquisition timeout!"
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Waits; an interrupt (shutdown) ends the retry loop instead of letting it spin. */
    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerStopping("interrupted while waiting to retry an event", e);
        }
    }
}
