package org.shanhai.common.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;
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
    @Column(name = "source_version")
    public long sourceVersion;

    @Column(name = "last_event_id")
    public UUID lastEventId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** False when an event of this version is older than what is stored. */
    public boolean accepts(long version) {
        return lastEventId == null || version >= sourceVersion;
    }

    /** Call after applying an event's state. */
    public void applied(long version, UUID eventId) {
        sourceVersion = version;
        lastEventId = eventId;
        updatedAt = Clock.now();
    }
}
