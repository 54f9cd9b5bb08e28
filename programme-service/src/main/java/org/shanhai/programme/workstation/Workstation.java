package org.shanhai.programme.workstation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.shanhai.common.codes.Label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 专家工作站 / 博士工作站 set up at a recipient institution. */
@Entity
@Table(name = "workstation")
public class Workstation extends VersionedEntity {

    @Schema(name = "WorkstationKind")
    @Label(zh = "工作站类型", en = "Workstation kind")
    public enum Kind {
        @Label(zh = "专家工作站", en = "Expert workstation")
        EXPERT,
        @Label(zh = "博士工作站", en = "Doctoral workstation")
        DOCTORAL
    }

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "institution_id")
    public UUID institutionId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String department;

    @Column(name = "lead_expert_id")
    public UUID leadExpertId;

    @Column(name = "established_date")
    public LocalDate establishedDate;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institutionId", institutionId.toString());
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("department", department);
        m.put("leadExpertId", leadExpertId == null ? null : leadExpertId.toString());
        m.put("establishedDate", establishedDate.toString());
        return m;
    }
}
