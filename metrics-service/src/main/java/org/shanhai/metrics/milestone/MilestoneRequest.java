package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.HospitalGrade;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "MilestoneRequest", description = "里程碑 A capability the recipient gained; which fields apply depends on the type")
public record MilestoneRequest(
        @NotNull MilestoneType type,
        @Schema(description = "机构: a recipient of the programme; the primary recipient when absent") UUID institutionId,
        @Schema(description = "名称: the technique (NEW_TECHNIQUE, CENTRE: required) or the specialty's name",
                examples = "脑膜中动脉栓塞术") @Size(max = 200) String name,
        @Schema(description = "科室 诊疗科目代码 (KEY_SPECIALTY: required)", examples = "04.02") @ValidDepartment String department,
        @Schema(description = "达成时间: a year, quarter, month or day, as precisely as the source says (首例开展、授牌...)",
                examples = "2023-05") @Size(max = 10) String achieved,
        @Schema(description = "本土独立开展 (NEW_TECHNIQUE only): local staff now perform it without the experts")
        Boolean independent,
        @Schema(description = "级别 (KEY_SPECIALTY: required; CENTRE: optional)") MilestoneLevel level,
        @Schema(description = "阶段 (KEY_SPECIALTY: required; CENTRE: optional)") MilestoneStage stage,
        @Schema(description = "等级 reached (ACCREDITATION: required)") HospitalGrade grade,
        @Schema(description = "标准 (STANDARD_MET: required)") Standard standard,
        @Schema(description = "说明", examples = "当地首例") @Size(max = 1000) String note,
        @Schema(description = "出处 (a report, a document number)", examples = "贵州医科大学附属医院, 2023-12-28")
        @Size(max = 300) String source) {

    public static final String EXAMPLE = """
            {"type": "NEW_TECHNIQUE", "name": "脑膜中动脉栓塞术", "department": "04.02", "achieved": "2023-05",
             "independent": false, "note": "当地首例", "source": "贵州医科大学附属医院, 2023-12-28"}""";

    public static final String KEY_SPECIALTY_EXAMPLE = """
            {"type": "KEY_SPECIALTY", "department": "03.04", "level": "PROVINCIAL", "stage": "CONSTRUCTION_UNIT",
             "achieved": "2022"}""";
}
