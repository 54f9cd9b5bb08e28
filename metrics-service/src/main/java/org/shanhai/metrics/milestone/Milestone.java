package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.HospitalGrade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** A capability a recipient gained through a programme (里程碑); see {@link MilestoneType} for what each type carries. */
@Entity
@Table(name = "milestone")
public class Milestone extends VersionedEntity {

    public UUID programmeId;

    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    public MilestoneType type;

    public String name;

    public String department;

    /** As the source gives it: {@code 2023}, {@code 2023Q2}, {@code 2023-05} or {@code 2023-05-12}; null when unknown. */
    public String achieved;

    public LocalDate achievedStart;

    public LocalDate achievedEnd;

    public Boolean independent;

    @Enumerated(EnumType.STRING)
    public MilestoneLevel level;

    @Enumerated(EnumType.STRING)
    public MilestoneStage stage;

    @Enumerated(EnumType.STRING)
    public HospitalGrade grade;

    @Enumerated(EnumType.STRING)
    public Standard standard;

    public String note;

    public String source;

    public Achieved when() {
        return achieved == null ? null : new Achieved(achieved, achievedStart, achievedEnd);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institutionId", institutionId.toString());
        m.put("type", type.name());
        m.put("name", name);
        m.put("department", department);
        m.put("achieved", achieved);
        m.put("independent", independent);
        m.put("level", level == null ? null : level.name());
        m.put("stage", stage == null ? null : stage.name());
        m.put("grade", grade == null ? null : grade.name());
        m.put("standard", standard == null ? null : standard.name());
        m.put("note", note);
        m.put("source", source);
        return m;
    }
}
