package org.shanhai.programme.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 批次: one team sent by a programme; numbered 1, 2, ... within it. */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public int sequence;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "leader_expert_id")
    public UUID leaderExpertId;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<Batch> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by sequence", programmeId);
    }

    public boolean covers(LocalDate start, LocalDate end) {
        return !start.isBefore(startDate) && (endDate == null || (end != null && !end.isAfter(endDate)));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", sequence);
        m.put("startDate", startDate.toString());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("leaderExpertId", leaderExpertId == null ? null : leaderExpertId.toString());
        return m;
    }
}
