package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.HospitalGrade;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "里程碑 A capability the recipient gained")
public record MilestoneView(UUID id, UUID programmeId, UUID institutionId,
        @Schema(description = "机构名称", examples = "罗甸县人民医院") String institutionName, MilestoneType type,
        @Schema(examples = "脑膜中动脉栓塞术") String name,
        @Schema(description = "科室 诊疗科目代码", examples = "04.02") String department,
        @Schema(description = "达成时间 (year, quarter, month or day)", examples = "2023-05") String achieved,
        Boolean independent, MilestoneLevel level, MilestoneStage stage, HospitalGrade grade, Standard standard, String note,
        String source, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static MilestoneView of(Milestone m, String institutionName) {
        return new MilestoneView(m.id, m.programmeId, m.institutionId, institutionName, m.type, m.name, m.department,
                m.achieved, m.independent, m.level, m.stage, m.grade, m.standard, m.note, m.source, m.version,
                m.createdAt, m.updatedAt);
    }
}
