package org.shanhai.training.secondment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

/** The bodies of the secondment operations. */
public final class SecondmentRequests {

    private SecondmentRequests() {
    }

    @Schema(name = "SecondmentRequest", description = "进修/跟岗/规培 A local staff member sent to a supporting institution")
    public record Start(
            @Schema(description = "帮扶项目") @NotNull UUID programmeId,
            @Schema(description = "人员: a registered staff member of a recipient of the programme") @NotNull UUID staffId,
            @Schema(description = "接收机构: the programme's lead or a partner institution") @NotNull UUID hostInstitutionId,
            @NotNull SecondmentType type,
            @Schema(description = "进修科室 诊疗科目 code", examples = "04.02") @NotNull @ValidDepartment String department,
            @Schema(description = "开始日期: within the programme's period", examples = "2023-09-01") @NotNull LocalDate startDate,
            @Schema(description = "计划结束日期 planned end (optional)", examples = "2024-02-29") LocalDate endDate) {

        public static final String EXAMPLE = """
                {"programmeId": "7d3f5e2a-1b4c-4d6e-8f90-a1b2c3d4e5f6", "staffId": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
                 "hostInstitutionId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "type": "FURTHER_STUDY", "department": "04.02",
                 "startDate": "2023-09-01", "endDate": "2024-02-29"}""";
    }

    @Schema(name = "SecondmentCompletion", description = "结业 The actual end and the qualification obtained")
    public record Completion(
            @Schema(description = "结束日期: on or after the start, not in the future", examples = "2024-02-29")
            @NotNull LocalDate endDate,
            @Schema(description = "取得的资质或证书 (optional)", examples = "进修结业证书") @Size(max = 200) String qualification) {

        public static final String EXAMPLE = """
                {"endDate": "2024-02-29", "qualification": "进修结业证书"}""";
    }
}
