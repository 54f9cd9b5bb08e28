package org.shanhai.metrics.observation;

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

/**
 * The current value of one indicator for one institution in one period (or span of whole periods),
 * for the institution as a whole or one department. Changes and voids keep the old value in history.
 */
@Entity
@Table(name = "observation")
public class Observation extends VersionedEntity {

    public UUID institutionId;

    public String indicatorCode;

    /** The definition version the value was reported under. */
    public long indicatorVersion;

    /** Canonical: {@code 2025}, {@code 2025Q3}, {@code 2025-07} or a span {@code 2022..2024}. */
    public String period;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    /** Whether the period is a span of several periods (never split, never in a series). */
    public boolean span;

    /** 诊疗科目 code; null for the institution as a whole (never the sum of its departments). */
    public String department;

    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    public ObservationBasis basis;

    public String note;

    public String dataSource;

    public boolean voided;

    public String voidReason;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", ValueRules.plain(value).toPlainString());
        m.put("basis", basis.name());
        m.put("note", note);
        m.put("dataSource", dataSource);
        m.put("indicatorVersion", indicatorVersion);
        m.put("voided", voided);
        m.put("voidReason", voidReason);
        return m;
    }
}
