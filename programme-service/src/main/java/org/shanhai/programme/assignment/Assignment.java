package org.shanhai.programme.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 派驻: an expert in a batch, posted to one recipient institution, with roles. */
@Entity
@Table(name = "assignment")
public class Assignment extends VersionedEntity {

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "expert_id")
    public UUID expertId;

    @Column(name = "institution_id")
    public UUID institutionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_role", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @OrderColumn(name = "position")
    public List<Role> roles = new ArrayList<>();

    public String department;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchId", batchId.toString());
        m.put("expertId", expertId.toString());
        m.put("institutionId", institutionId.toString());
        m.put("roles", roles.stream().map(Enum::name).toList());
        m.put("department", department);
        m.put("startDate", startDate.toString());
        m.put("endDate", endDate == null ? null : endDate.toString());
        return m;
    }
}
