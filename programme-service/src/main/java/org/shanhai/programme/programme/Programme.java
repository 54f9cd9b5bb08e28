package org.shanhai.programme.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** 帮扶项目: one lead supporting hospital, optional partners, one or more recipients. */
@Entity
@Table(name = "programme")
public class Programme extends VersionedEntity {

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Column(name = "lead_institution_id")
    public UUID leadInstitutionId;

    @ElementCollection
    @CollectionTable(name = "programme_partner", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "institution_id")
    @OrderColumn(name = "position")
    public List<UUID> partnerInstitutionIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_recipient", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public ProgrammeStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @ElementCollection
    @CollectionTable(name = "programme_objective", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "objective")
    @OrderColumn(name = "position")
    public List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_focus_department", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "department_code")
    @OrderColumn(name = "position")
    public List<String> focusDepartments = new ArrayList<>();

    public UUID primaryRecipientId() {
        return recipients.stream().filter(r -> r.primary).map(r -> r.institutionId).findFirst().orElse(null);
    }

    public boolean hasRecipient(UUID institutionId) {
        return recipients.stream().anyMatch(r -> r.institutionId.equals(institutionId));
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("scheme", scheme.name());
        m.put("leadInstitutionId", leadInstitutionId.toString());
        m.put("partnerInstitutionIds", partnerInstitutionIds.stream().map(UUID::toString).toList());
        m.put("recipients", recipients.stream()
                .map(r -> Map.of("institutionId", r.institutionId.toString(), "primary", r.primary)).toList());
        m.put("startDate", startDate.toString());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("status", status.name());
        m.put("objectives", List.copyOf(objectives));
        m.put("focusDepartments", List.copyOf(focusDepartments));
        return m;
    }
}
