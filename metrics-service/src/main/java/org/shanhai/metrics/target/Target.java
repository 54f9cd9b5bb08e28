package org.shanhai.metrics.target;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;
import org.shanhai.metrics.observation.ValueRules;

/** A programme's target for one indicator at one recipient: from a baseline (period, value) to a target (period, value). */
@Entity
@Table(name = "target")
public class Target extends VersionedEntity {

    public UUID programmeId;

    public UUID institutionId;

    public String indicatorCode;

    public String baselinePeriod;

    public BigDecimal baselineValue;

    /** Whether the baseline value was taken from the institution's data (none was given). */
    public boolean baselineFromData;

    public String targetPeriod;

    public BigDecimal targetValue;

    public String setBy;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baselinePeriod", baselinePeriod);
        m.put("baselineValue", ValueRules.plain(baselineValue).toPlainString());
        m.put("baselineFromData", baselineFromData);
        m.put("targetPeriod", targetPeriod);
        m.put("targetValue", ValueRules.plain(targetValue).toPlainString());
        return m;
    }
}
