package org.shanhai.training.exam;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** 执业资格考试结果: one institution, one year, one exam type. */
@Entity
@Table(name = "exam_result")
public class ExamResult extends VersionedEntity {

    public UUID institutionId;

    public int year;

    @Enumerated(EnumType.STRING)
    public ExamType examType;

    public int candidates;

    public int passed;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("examType", examType.name());
        m.put("candidates", candidates);
        m.put("passed", passed);
        return m;
    }
}
