package org.shanhai.training.activity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "TrainingActivityRequest", description = "培训活动 One activity on one day at a recipient institution")
public record ActivityRequest(
        @Schema(description = "帮扶项目 the programme (known from programme-service's events)") @NotNull UUID programmeId,
        @Schema(description = "开展机构: a recipient institution of the programme") @NotNull UUID institutionId,
        @NotNull ActivityType type,
        @Schema(description = "日期: within the programme's period, not in the future, not while it was suspended",
                examples = "2024-03-12") @NotNull LocalDate date,
        @Schema(description = "科室: 诊疗科目 code (GB/T, e.g. 03.01)", examples = "04.02") @NotNull @ValidDepartment String department,
        @Schema(description = "带教专家: an expert holding an assignment in the programme on that date")
        @NotNull UUID leadExpertId,
        @Schema(description = "主题", examples = "急性胸痛的规范化诊治") @NotBlank @Size(max = 200) String topic,
        @Schema(description = "参加人次 attendances, 1 to " + MAX_ATTENDEES + " (larger figures are reported totals)",
                examples = "25") @NotNull @Min(1) @Max(MAX_ATTENDEES) Integer attendeeCount,
        @Schema(description = "学时 hours, more than 0 and at most 24, one decimal place", examples = "1.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 1)
        BigDecimal hours) {

    /**
     * The most attendances one activity record may carry: a county hospital's lecture hall or a remote
     * course across a county's township clinics reaches a few thousand; more is a typing error or a
     * total, which belongs in reported totals.
     */
    public static final int MAX_ATTENDEES = 5000;

    public static final String EXAMPLE = """
            {"programmeId": "7d3f5e2a-1b4c-4d6e-8f90-a1b2c3d4e5f6", "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03",
             "type": "TEACHING_ROUND", "date": "2024-03-12", "department": "04.02",
             "leadExpertId": "5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "topic": "急性胸痛的规范化诊治",
             "attendeeCount": 25, "hours": 1.5}""";
}
