package org.shanhai.training.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** One training activity at a recipient institution on one day (培训活动). */
@Entity
@Table(name = "training_activity")
public class TrainingActivity extends VersionedEntity {

    public UUID programmeId;

    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    public LocalDate date;

    public String department;

    public UUID leadExpertId;

    public String topic;

    public int attendeeCount;

    public BigDecimal hours;

    /** How an import recognises this row again ({@code ext:...} or {@code sha:...}); null when entered by hand. */
    public String importKey;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institutionId", institutionId.toString());
        m.put("type", type.name());
        m.put("date", date.toString());
        m.put("department", department);
        m.put("leadExpertId", leadExpertId.toString());
        m.put("topic", topic);
        m.put("attendeeCount", attendeeCount);
        m.put("hours", hours.toPlainString());
        return m;
    }
}
