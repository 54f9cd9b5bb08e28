package org.shanhai.programme.workstation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 专家工作站 / 博士工作站 set up at a recipient institution. */
@Entity
@Table(name = "workstation")
public class Workstation extends PanacheEntityBase {

    public enum Kind { EXPERT, DOCTORAL }

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "institution_id")
    public UUID institutionId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String department;

    @Column(name = "lead_expert_id")
    public UUID leadExpertId;

    @Column(name = "established_date")
    public LocalDate establishedDate;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
