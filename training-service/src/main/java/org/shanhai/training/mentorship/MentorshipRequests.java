package org.shanhai.training.mentorship;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

/** The bodies of the mentorship operations. */
public final class MentorshipRequests {

    private MentorshipRequests() {
    }

    @Schema(name = "MentorshipRequest", description = "师带徒 An expert, a local staff member and the techniques to learn")
    public record Start(
            @Schema(description = "帮扶项目") @NotNull UUID programmeId,
            @Schema(description = "导师: an expert holding an assignment in the programme on the start date")
            @NotNull UUID mentorExpertId,
            @Schema(description = "徒弟: a registered staff member of a recipient of the programme") @NotNull UUID apprenticeId,
            @Schema(description = "科室 诊疗科目 code", examples = "04.02") @NotNull @ValidDepartment String department,
            @Schema(description = "开始日期", examples = "2023-03-01") @NotNull LocalDate startDate,
            @Schema(description = "拟掌握的技术 techniques to be learned (1 to 20, distinct), e.g. 冠状动脉造影")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> techniques) {

        public static final String EXAMPLE = """
                {"programmeId": "7d3f5e2a-1b4c-4d6e-8f90-a1b2c3d4e5f6", "mentorExpertId": "5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                 "apprenticeId": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f", "department": "03.01", "startDate": "2023-03-01",
                 "techniques": ["冠状动脉造影", "经皮冠状动脉介入治疗"]}""";
    }

    @Schema(name = "TechniqueOutcome", description = "一项技术的结果: whether the apprentice now performs it independently")
    public record Outcome(@Schema(description = "技术名称, as given at the start") @NotBlank String name,
            @Schema(description = "能否独立开展") @NotNull Boolean independent) {
    }

    @Schema(name = "MentorshipCompletion", description = "出师 Completion: the date and, for every technique, the outcome")
    public record Completion(
            @Schema(description = "结束日期: on or after the start, not in the future", examples = "2024-02-28")
            @NotNull LocalDate date,
            @Schema(description = "every technique of the mentorship, once") @NotEmpty @Size(max = 20)
            List<@Valid @NotNull Outcome> techniques) {

        public static final String EXAMPLE = """
                {"date": "2024-02-28", "techniques": [{"name": "冠状动脉造影", "independent": true},
                 {"name": "经皮冠状动脉介入治疗", "independent": false}]}""";
    }

    @Schema(name = "MentorshipDiscontinuation", description = "中止 Discontinuation: the date and the reason")
    public record Discontinuation(
            @Schema(description = "中止日期: on or after the start, not in the future", examples = "2023-09-30")
            @NotNull LocalDate date,
            @Schema(description = "原因", examples = "徒弟调离本院") @NotBlank @Size(max = 500) String reason) {

        public static final String EXAMPLE = """
                {"date": "2023-09-30", "reason": "徒弟调离本院"}""";
    }
}
