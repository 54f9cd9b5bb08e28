package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A licensing exam's candidates and passes at one institution in one year, as training-service announced them. */
@Entity
@Table(name = "known_exam_result")
public class KnownExamResult extends Projection {

    public UUID institutionId;

    public int examYear;

    public String examType;

    public int candidates;

    public int passed;
}
