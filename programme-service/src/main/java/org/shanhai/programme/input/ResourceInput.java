package org.shanhai.programme.input;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.shanhai.common.codes.Label;

import jakarta.persistence.Column;
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

/** 投入: funds, donated equipment or construction, in CNY (exact decimal). */
@Entity
@Table(name = "resource_input")
public class ResourceInput extends VersionedEntity {

    @Schema(name = "ResourceInputKind")
    @Label(zh = "投入类型", en = "Resource input kind")
    public enum Kind {
        @Label(zh = "资金", en = "Funds")
        FUNDS,
        @Label(zh = "设备", en = "Equipment")
        EQUIPMENT,
        @Label(zh = "基础设施建设", en = "Construction")
        CONSTRUCTION
    }

    @Column(name = "programme_id")
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public BigDecimal amount;

    public String source;

    @Column(name = "input_date")
    public LocalDate date;

    @Column(name = "institution_id")
    public UUID institutionId;

    public String description;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("amount", amount.toPlainString());
        m.put("source", source);
        m.put("date", date.toString());
        m.put("institutionId", institutionId.toString());
        m.put("description", description);
        return m;
    }
}
