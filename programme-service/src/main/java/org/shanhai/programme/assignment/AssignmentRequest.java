package org.shanhai.programme.assignment;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "AssignmentRequest", description = "派驻 An expert posted in a batch to a recipient institution")
public record AssignmentRequest(
        @Schema(description = "批次") @NotNull UUID batchId,
        @Schema(description = "专家") @NotNull UUID expertId,
        @Schema(description = "受援机构: one of the programme's recipients") @NotNull UUID institutionId,
        @Schema(description = "职务") @NotEmpty @Size(max = 7) List<@NotNull Role> roles,
        @Schema(description = "科室 department code", examples = "04.02") @ValidDepartment String department,
        @Schema(description = "开始日期; left out = the batch's start") LocalDate startDate,
        @Schema(description = "结束日期; left out = the batch's end") LocalDate endDate) {

    /** The example body the OpenAPI document shows (ids are placeholders). */
    public static final String EXAMPLE = """
            {"batchId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c11", "expertId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c21",
             "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", "roles": ["TEAM_LEADER", "EXECUTIVE_VICE_PRESIDENT"],
             "department": "04.02", "startDate": "2021-07-01", "endDate": "2022-07-31"}""";
}
