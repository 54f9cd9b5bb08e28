package org.shanhai.metrics.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shanhai.common.entity.VersionedEntity;

/** One indicator of the catalogue; its {@code version} is the definition's version. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

    public String code;

    public String nameZh;

    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    public String numeratorCode;

    public String denominatorCode;

    public String category;

    @Enumerated(EnumType.STRING)
    public Source source;

    /** Added by NATIONAL_ADMIN, not part of the national set. */
    public boolean custom;

    /** A relative change (%) below this is STABLE on a scorecard; null: 1%. */
    public java.math.BigDecimal stableThreshold;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("unit", unit.name());
        m.put("direction", direction.name());
        m.put("aggregation", aggregation.name());
        m.put("numeratorCode", numeratorCode);
        m.put("denominatorCode", denominatorCode);
        m.put("category", category);
        m.put("stableThreshold", stableThreshold == null ? null : stableThreshold.toPlainString());
        return m;
    }
}
