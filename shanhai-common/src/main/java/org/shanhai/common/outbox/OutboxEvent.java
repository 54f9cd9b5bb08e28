package org.shanhai.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event, written in the same transaction as the change it describes. The relay sets
 * {@code sentAt} once the broker has acknowledged it. Rows are kept after sending: with the
 * actor and the payload (current state and what changed) they are the change history.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** The CloudEvents {@code ce_id}. */
    @Id
    public UUID id;

    /** Creation order: the relay publishes in this order, so one key's events stay in order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "event_type")
    public String type;

    /** The entity the event is about (CloudEvents {@code ce_subject}): {@code institution/<id>}. */
    public String subject;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public UUID aggregateId;

    @Column(name = "record_key")
    public String key;

    /** The JSON as the producer wrote it (a {@code json} column: checked, kept as text, sent as it is). */
    @Column(columnDefinition = "json")
    @org.hibernate.annotations.ColumnTransformer(write = "cast(? as json)")
    public String payload;

    public String actor;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
