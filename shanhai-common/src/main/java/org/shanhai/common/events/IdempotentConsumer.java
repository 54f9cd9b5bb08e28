package org.shanhai.common.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once: in one transaction it records the event's {@code ce_id} in
 * {@code processed_event} and applies the change; an id seen before changes nothing. A record
 * that cannot be read or applied ({@link InvalidEventException}, or any failure that persists
 * after a few tries) is thrown back to SmallRye, whose dead-letter strategy sends it to
 * {@code <topic>.dlq} with the reason, and the consumer goes on with the next record. A failure
 * that waiting cures (the database is down or restarting, a deadlock) is retried until it passes:
 * such records must not end in the DLQ, and later records of the partition wait behind them.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "shanhai.consumer.attempts", defaultValue = "3")
    int attempts;

    /** Event payloads are read tolerantly: a producer may add fields before a consumer knows them. */
    private final ObjectMapper reader;

    @Inject
    public IdempotentConsumer(ObjectMapper mapper) {
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ObjectMapper reader() {
        return reader;
    }

    /** @return true when the event was applied now, false when it had been applied before. */
    public boolean apply(ConsumerRecord<String, String> record, Consumer<InboundEvent> change) {
        InboundEvent event = InboundEvent.from(record, reader);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    int fresh = em.createNativeQuery("INSERT INTO processed_event (ce_id, ce_type, topic, processed_at) "
                                    + "VALUES (:id, :type, :topic, now()) ON CONFLICT (ce_id) DO NOTHING")
                            .setParameter("id", event.id())
                            .setParameter("type", event.type())
                            .setParameter("topic", record.topic())
                            .executeUpdate();
                    if (fresh == 0) {
                        LOG.debugf("event %s (%s) seen before: skipped", event.id(), event.type());
                        return false;
                    }
                    change.accept(event);
                    return true;
                });
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    LOG.warnf("event %s (%s) waits for the database (attempt %d): %s", event.id(), event.type(),
                            attempt, e.getMessage());
                    sleep(Math.min(10_000L, 250L * attempt));
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

    /** Connection loss, server shutdown, serialization failure or deadlock: SQLSTATE 08, 57P, 40. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("40")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
