package org.shanhai.programme.input;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 投入: funds, donated equipment or construction, in CNY (exact decimal). */
@Entity
@Table(name = "resource_input")
public class ResourceInput extends PanacheEntityBase {

    public enum Kind { FUNDS, EQUIPMENT, CONSTRUCTION }

    @Id
    public UUID id;

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

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
