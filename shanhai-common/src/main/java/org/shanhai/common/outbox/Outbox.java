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

    /** Fired after an outbox row is written; the relay observes it after a successful commit. */
    public record Written(UUID id) {
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
        try {
            e.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event payload of " + type + " is not serialisable", ex);
        }
        e.persist();
        // one wake-up per transaction is enough (the relay drains everything pending): an import of
        // 200,000 values must not register 200,000 after-commit callbacks
        if (transaction.getResource(Written.class) == null) {
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written(e.id));
        }
        return e;
    }

    /** One event of {@link #recordAll}: its aggregate, record key and payload. */
    public record Pending(UUID aggregateId, String key, Object payload) {
    }

    /**
     * Records many events of one type at once (an import) with COPY, in the caller's transaction:
     * the same rows {@link #record} writes, one by one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String type, String aggregateType, java.util.List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        String actor = actor();
        java.time.OffsetDateTime now = Clock.now();
        java.util.List<Object[]> rows = new java.util.ArrayList<>(events.size());
        for (Pending p : events) {
            String payload;
            try {
                payload = mapper.writeValueAsString(p.payload());
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("event payload of " + type + " is not serialisable", ex);
            }
            rows.add(new Object[] {UUID.randomUUID(), topic, type, aggregateType + "/" + p.aggregateId(), aggregateType,
                    p.aggregateId(), p.key(), payload, actor, now});
        }
        org.shanhai.common.entity.CopyIn.rows(OutboxEvent.getEntityManager(), "outbox_event", COLUMNS, rows);
        if (transaction.getResource(Written.class) == null) {
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written((UUID) rows.get(0)[0]));
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
