package org.shanhai.common.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.time.Clock;

/**
 * The write sequence every service follows, written once: stamp, persist or change, record the event
 * in the outbox and flush before returning (an update flushes first, so that its event carries the new
 * version), all in the caller's transaction. An update that changes nothing writes no version and no
 * event.
 */
@ApplicationScoped
public class EntityWrites {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E create(E entity, String eventType, Aggregate<E> aggregate) {
        if (entity.id == null) {
            entity.id = UUID.randomUUID();
        }
        entity.createdAt = Clock.now();
        entity.updatedAt = entity.createdAt;
        entity.persist(); // a new row's version is 0 before and after the flush
        outbox.record(eventType, aggregate.type(), entity.id, aggregate.key().apply(entity),
                aggregate.payload().apply(entity, null));
        // one flush for both rows, inside the method, so that a constraint the row breaks is a 409 here
        entity.getEntityManager().flush();
        return entity;
    }

    /**
     * Creates many at once (an import): each persisted and its event recorded, one flush at the end,
     * so the cost grows with the number of rows, not its square.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> void createAll(java.util.List<E> entities, String eventType, Aggregate<E> aggregate) {
        for (E entity : entities) {
            if (entity.id == null) {
                entity.id = UUID.randomUUID();
            }
            entity.createdAt = Clock.now();
            entity.updatedAt = entity.createdAt;
            entity.persist(); // a new row's version is 0 before and after the flush
            outbox.record(eventType, aggregate.type(), entity.id, aggregate.key().apply(entity),
                    aggregate.payload().apply(entity, null));
        }
        if (!entities.isEmpty()) {
            entities.get(0).getEntityManager().flush();
        }
    }

    /**
     * Creates many new entities with COPY (an import too large for {@link #createAll}): {@link Copy#prepare}
     * stamps each as {@link #create} stamps it and adds its row, as {@code row} maps it to
     * {@code table}'s {@code columns}, and its event's row to a {@link Batch}; {@link Copy#write} writes
     * them, in the caller's transaction. Preparing touches no database and may run on another thread,
     * so that an import's parser prepares the next rows while the database takes the last ones.
     */
    public <E extends VersionedEntity> Copy<E> copy(String table, java.util.List<String> columns,
            java.util.function.Function<E, Object[]> row, String eventType, Aggregate<E> aggregate) {
        return new Copy<>(table, columns, row, aggregate, outbox.rows(eventType, aggregate.type()));
    }

    /** New entities' rows and their events' rows, as COPY takes them; an entity's two have one number. */
    public static final class Batch {
        final CopyIn.Batch rows = new CopyIn.Batch();
        final CopyIn.Batch events = new CopyIn.Batch();

        public int size() {
            return rows.rows();
        }
    }

    /** See {@link #copy}. */
    public final class Copy<E extends VersionedEntity> {
        private final String table;
        private final java.util.List<String> columns;
        private final java.util.function.Function<E, Object[]> row;
        private final Aggregate<E> aggregate;
        private final Outbox.Rows events;

        Copy(String table, java.util.List<String> columns, java.util.function.Function<E, Object[]> row,
                Aggregate<E> aggregate, Outbox.Rows events) {
            this.table = table;
            this.columns = columns;
            this.row = row;
            this.aggregate = aggregate;
            this.events = events;
        }

        /** Stamps a new entity (id, version 0, the time of the whole copy) and adds its two rows; returns their number. */
        public int prepare(Batch batch, E entity) {
            if (entity.id == null) {
                entity.id = UUID.randomUUID();
            }
            entity.version = 0;
            entity.createdAt = events.createdAt();
            entity.updatedAt = events.createdAt();
            Object[] event = events.values(entity.id, aggregate.key().apply(entity), aggregate.payload().apply(entity, null));
            int n = batch.rows.add(row.apply(entity));
            try {
                batch.events.add(event);
            } catch (RuntimeException e) {
                batch.rows.removeLast(); // the two keep one numbering
                throw e;
            }
            return n;
        }

        /**
         * Writes prepared rows and their events with COPY, in the caller's transaction: all of the
         * batch's ({@code which} null) or those numbered in {@code which}; a row whose key exists is a
         * 409 (another request wrote it meanwhile).
         */
        public void write(Batch batch, int[] which) {
            if ((which == null ? batch.size() : which.length) == 0) {
                return;
            }
            // the events first: Outbox refuses to run outside a transaction
            outbox.recordRows(batch.events, which);
            CopyIn.rows(io.quarkus.hibernate.orm.panache.Panache.getEntityManager(), table, columns, batch.rows, which);
        }
    }

    /**
     * Applies {@code change} to many (an import), one flush for all: each entity whose snapshot
     * changed gets its new version and one event with its changes; the others are left as they were.
     * Returns how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> int updateAll(java.util.List<E> entities, String eventType, Aggregate<E> aggregate,
            java.util.function.BiConsumer<Integer, E> change) {
        java.util.List<E> changed = new java.util.ArrayList<>();
        java.util.List<Map<String, Change>> changeLists = new java.util.ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            E entity = entities.get(i);
            Map<String, Object> before = entity.snapshot();
            change.accept(i, entity);
            Map<String, Change> changes = Change.between(before, entity.snapshot());
            if (!changes.isEmpty()) {
                entity.updatedAt = Clock.now();
                changed.add(entity);
                changeLists.add(changes);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        changed.get(0).getEntityManager().flush(); // every changed row's version bumps here
        for (int i = 0; i < changed.size(); i++) {
            E entity = changed.get(i);
            outbox.record(eventType, aggregate.type(), entity.id, aggregate.key().apply(entity),
                    aggregate.payload().apply(entity, changeLists.get(i)));
        }
        return changed.size();
    }

    /** Applies {@code change}; when a snapshot field differs, records {@code eventType} with the change list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> Map<String, Change> update(E entity, String eventType, Aggregate<E> aggregate,
            Consumer<E> change) {
        Map<String, Object> before = entity.snapshot();
        change.accept(entity);
        Map<String, Change> changes = Change.between(before, entity.snapshot());
        if (changes.isEmpty()) {
            return changes;
        }
        entity.updatedAt = Clock.now();
        entity.getEntityManager().flush(); // bumps the version the event carries
        outbox.record(eventType, aggregate.type(), entity.id, aggregate.key().apply(entity),
                aggregate.payload().apply(entity, changes));
        return changes;
    }

    /** Deletes the entity; its event carries the last state, and its history stays readable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> void delete(E entity, String eventType, Aggregate<E> aggregate) {
        Object last = aggregate.payload().apply(entity, null);
        String key = aggregate.key().apply(entity);
        entity.delete();
        outbox.record(eventType, aggregate.type(), entity.id, key, last);
    }
}
