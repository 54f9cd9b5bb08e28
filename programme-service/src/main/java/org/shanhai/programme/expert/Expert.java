package org.shanhai.programme.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 专家: a member of a supporting hospital's staff who may be sent in a batch. */
@Entity
@Table(name = "expert")
public class Expert extends VersionedEntity {

    public String name;

    @Column(name = "home_institution_id")
    public UUID homeInstitutionId;

    public String department;

    @Enumerated(EnumType.STRING)
    public Title title;

    @Enumerated(EnumType.STRING)
    public Degree degree;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("homeInstitutionId", homeInstitutionId.toString());
        m.put("department", department);
        m.put("title", title == null ? null : title.name());
        m.put("degree", degree == null ? null : degree.name());
        return m;
    }
}
