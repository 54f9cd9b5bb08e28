package org.shanhai.common.readmodel.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One status a programme took and from when ({@code known_programme_status}): its status history. */
@MappedSuperclass
public abstract class ProgrammeStatusReference extends PanacheEntityBase {

    @Id
    public UUID eventId;

    public UUID programmeId;

    public String status;

    public String reason;

    public OffsetDateTime effectiveAt;

    public long version;
}
