package org.shanhai.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shanhai.common.time.Clock;

/**
 * Where services record their events: {@link #record} inserts an outbox row in the caller's
 * transaction (and refuses to run without one), so the change and its event commit together
 * or not at all. The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    /** Fired once a transaction has written outbox rows; the relay observes it after a successful commit. */
    public record Written() {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    Event<Written> written;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    @ConfigProperty(name = "shanhai.events.topic")
    String topic;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String type, String aggregateType, UUID aggregateId, String key, Object payload) {
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.topic = topic;
        e.type = type;
        e.aggregateType = aggregateType;
        e.aggregateId = aggregateId;
        e.subject = aggregateType + "/" + aggregateId;
        e.key = key;
        e.actor = actor();
        e.createdAt = Clock.now();
        e.payload = json(mapper, type, payload);
        e.persist();
        wake();
        return e;
    }

    /**
     * Wakes the relay after the commit, once per transaction: it drains everything pending, and an
     * import of 200,000 values must not register 200,000 after-commit callbacks.
     */
    private void wake() {
        if (transaction.getResource(Written.class) == null) {
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written());
        }
    }

    private static String json(ObjectMapper mapper, String type, Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event payload of " + type + " is not serialisable", ex);
        }
    }

    /**
     * Rows of many events of one type (an import), stamped with the caller and the time now; made on
     * any thread with {@link Rows#values}, so a parser can prepare them while the transaction's thread
     * writes the previous ones, and written by {@link #recordRows}.
     */
    public Rows rows(String type, String aggregateType) {
        return new Rows(topic, type, aggregateType, actor(), Clock.now(), mapper);
    }

    /** How {@link #rows} stamps its events; immutable, so any thread may use it. */
    public record Rows(String topic, String type, String aggregateType, String actor, java.time.OffsetDateTime createdAt,
            ObjectMapper mapper) {

        /** The outbox row of one event, in {@link #COLUMNS}' order, for {@link org.shanhai.common.entity.CopyIn.Batch#add}. */
        public Object[] values(UUID aggregateId, String key, Object payload) {
            return new Object[] {UUID.randomUUID(), topic, type, aggregateType + "/" + aggregateId, aggregateType,
                aggregateId, key, json(mapper, type, payload), actor, createdAt};
        }
    }

    /** Writes event rows {@link Rows#values} made (all of them, or those numbered in {@code which}), with COPY, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRows(org.shanhai.common.entity.CopyIn.Batch rows, int[] which) {
        if (org.shanhai.common.entity.CopyIn.rows(OutboxEvent.getEntityManager(), "outbox_event", COLUMNS, rows, which) > 0) {
            wake();
        }
    }

    static final java.util.List<String> COLUMNS = java.util.List.of("id", "topic", "event_type", "subject",
            "aggregate_type", "aggregate_id", "record_key", "payload", "actor", "created_at");

    private String actor() {
        try {
            SecurityIdentity id = identity.get();
            return id.isAnonymous() ? "system" : id.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return "system"; // no request: a consumer or a scheduled job
        }
    }
}
