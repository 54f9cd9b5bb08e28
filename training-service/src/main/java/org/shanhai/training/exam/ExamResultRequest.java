package org.shanhai.training.exam;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExamResultRequest", description = "执业资格考试结果 Candidates and passes; the pass rate is derived")
public record ExamResultRequest(
        @Schema(description = "机构: a recipient institution of some programme") @NotNull UUID institutionId,
        @Schema(description = "年度", examples = "2023") @NotNull @Min(1990) @Max(2999) Integer year,
        @Schema(description = "考试类别") @NotNull ExamType examType,
        @Schema(description = "参考人数 candidates", examples = "50") @NotNull @Min(1) @Max(100000) Integer candidates,
        @Schema(description = "通过人数 passed, at most the candidates", examples = "31") @NotNull @Min(0) @Max(100000)
        Integer passed) {

    /** The example body the OpenAPI document shows (the id is a placeholder). */
    public static final String EXAMPLE = """
            {"institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", "year": 2023, "examType": "PRACTISING_PHYSICIAN",
             "candidates": 50, "passed": 31}""";
}
