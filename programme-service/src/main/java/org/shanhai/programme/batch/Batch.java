package org.shanhai.programme.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 批次: one team sent by a programme; numbered 1, 2, ... within it. */
@Entity
@Table(name = "batch")
public class Batch extends VersionedEntity {

    @Column(name = "programme_id")
    public UUID programmeId;

    public int sequence;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "leader_expert_id")
    public UUID leaderExpertId;

    public static List<Batch> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by sequence", programmeId);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", sequence);
        m.put("startDate", startDate.toString());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("leaderExpertId", leaderExpertId == null ? null : leaderExpertId.toString());
        return m;
    }
}
