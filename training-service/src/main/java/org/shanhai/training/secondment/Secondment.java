package org.shanhai.training.secondment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 进修/跟岗/规培: a local staff member at a supporting institution of the programme. */
@Entity
@Table(name = "secondment")
public class Secondment extends VersionedEntity {

    public UUID programmeId;

    public UUID staffId;

    /** The staff member's own institution (a recipient of the programme). */
    public UUID institutionId;

    public UUID hostInstitutionId;

    @Enumerated(EnumType.STRING)
    public SecondmentType type;

    public String department;

    public LocalDate startDate;

    /** Planned while ONGOING (may be absent), actual once COMPLETED. */
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public SecondmentStatus status;

    public String qualification;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("qualification", qualification);
        return m;
    }
}
