package org.shanhai.training.mentorship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/** 师带徒: an expert teaches a local staff member techniques, until completion or discontinuation. */
@Entity
@Table(name = "mentorship")
public class Mentorship extends VersionedEntity {

    public UUID programmeId;

    public UUID mentorExpertId;

    public UUID apprenticeId;

    /** The apprentice's institution when the mentorship started (a recipient of the programme). */
    public UUID institutionId;

    public String department;

    public LocalDate startDate;

    @Enumerated(EnumType.STRING)
    public MentorshipStatus status;

    public LocalDate endDate;

    /** Why it was discontinued. */
    public String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentorship_technique", joinColumns = @JoinColumn(name = "mentorship_id"))
    @OrderColumn(name = "position")
    public List<Technique> techniques = new ArrayList<>();

    @Embeddable
    public static class Technique {

        @Column(name = "name")
        public String name;

        /** Whether the apprentice now performs it independently; null until completion. */
        @Column(name = "independent")
        public Boolean independent;

        public Technique() {
        }

        public Technique(String name, Boolean independent) {
            this.name = name;
            this.independent = independent;
        }
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("reason", reason);
        m.put("techniques", techniques.stream().map(t -> t.name + (t.independent == null ? "" : t.independent
                ? " (independent)" : " (not yet independent)")).toList());
        return m;
    }
}
