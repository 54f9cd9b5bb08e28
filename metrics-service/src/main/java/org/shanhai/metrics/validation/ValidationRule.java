package org.shanhai.metrics.validation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A rule NATIONAL_ADMIN added: the sum of {@code leftSide}'s indicators against {@code rightSide}'s. */
@Entity
@Table(name = "validation_rule")
public class ValidationRule extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    public String description;

    /** Indicator codes joined by {@code +}. */
    public String leftSide;

    @Enumerated(EnumType.STRING)
    public Operator operator;

    public String rightSide;

    public boolean retired;

    public String createdBy;

    public OffsetDateTime createdAt;

    RuleCheck.Rule rule() {
        return new RuleCheck.Rule(code, name, codes(leftSide), operator, codes(rightSide));
    }

    static List<String> codes(String side) {
        return Arrays.stream(side.split("\\+")).map(String::strip).toList();
    }
}
