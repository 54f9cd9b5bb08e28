package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** Funds, equipment or construction a programme brought to a recipient, as programme-service announced it. */
@Entity
@Table(name = "known_resource_input")
public class KnownResourceInput extends Projection {

    public UUID programmeId;

    public UUID institutionId;

    public String kind;

    public BigDecimal amount;

    public LocalDate inputDate;
}
