package org.shanhai.common.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What every entity a service owns has: a UUID id, an optimistic-lock version (the ETag), and
 * when it was created and last changed. {@link #snapshot()} names the fields a user can change,
 * by their API names, so that {@link EntityWrites} can list what an update changed.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The user-changeable fields, as plain JSON-like values (strings, numbers, lists, maps). */
    public abstract Map<String, Object> snapshot();
}
