package org.shanhai.training.exam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExamResult", description = "执业资格考试结果")
public record ExamResultView(UUID id, UUID institutionId, int year, ExamType examType, int candidates, int passed,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "通过率 passed / candidates in percent, two places (derived)", examples = "62.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passRate,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ExamResultView of(ExamResult r) {
        return new ExamResultView(r.id, r.institutionId, r.year, r.examType, r.candidates, r.passed,
                PassRate.of(r.passed, r.candidates), r.version, r.createdAt, r.updatedAt);
    }
}
