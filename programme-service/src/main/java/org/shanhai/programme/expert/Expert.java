package org.shanhai.programme.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** 专家: a member of a supporting hospital's staff who may be sent in a batch. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "home_institution_id")
    public UUID homeInstitutionId;

    public String department;

    @Enumerated(EnumType.STRING)
    public Title title;

    @Enumerated(EnumType.STRING)
    public Degree degree;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("homeInstitutionId", homeInstitutionId.toString());
        m.put("department", department);
        m.put("title", title == null ? null : title.name());
        m.put("degree", degree == null ? null : degree.name());
        return m;
    }
}
