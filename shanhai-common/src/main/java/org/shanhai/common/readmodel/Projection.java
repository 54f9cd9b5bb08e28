package org.shanhai.common.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jakarta.persistence.EntityManager;
import org.shanhai.common.time.Clock;

/**
 * A row of a read model: what another service announced about one of its entities. It remembers
 * the source version it reflects, so an older event (a replay, or an event overtaken by a newer
 * one) never overwrites a newer state: "apply only if newer", written once for every projection.
 */
@MappedSuperclass
public abstract class Projection extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The source service's version of the entity that this row reflects. */
    public long sourceVersion;

    public UUID lastEventId;

    public OffsetDateTime updatedAt;

    /** False when an event of this version is older than what is stored. */
    public boolean accepts(long version) {
        return lastEventId == null || version >= sourceVersion;
    }

    /**
     * Applies an event's state to the row {@code id} of {@code type}, creating it when it is new,
     * unless the stored row reflects a newer version: the one "apply only if newer" for every read
     * model. Returns the row, or null when the event was older and nothing changed.
     */
    public static <T extends Projection> T upsert(EntityManager em, Class<T> type, Supplier<T> fresh, UUID id,
            long version, UUID eventId, Consumer<T> copy) {
        T row = em.find(type, id);
        boolean isNew = row == null;
        if (isNew) {
            row = fresh.get();
            row.id = id;
        } else if (!row.accepts(version)) {
            return null;
        }
        copy.accept(row);
        row.applied(version, eventId);
        if (isNew) {
            em.persist(row);
        }
        return row;
    }

    /** Call after applying an event's state. */
    public void applied(long version, UUID eventId) {
        sourceVersion = version;
        lastEventId = eventId;
        updatedAt = Clock.now();
    }
}
