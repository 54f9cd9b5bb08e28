package org.shanhai.training.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One status a programme took and from when: the programme's status history. */
@Entity
@Table(name = "known_programme_status")
public class KnownProgrammeStatus extends PanacheEntityBase {

    @Id
    public UUID eventId;

    public UUID programmeId;

    public String status;

    public String reason;

    public OffsetDateTime effectiveAt;

    public long version;
}
