package org.shanhai.metrics.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "阶段: CONSTRUCTION_UNIT 建设单位 (being built toward recognition), APPROVED 已通过/已授牌")
public enum MilestoneStage {
    CONSTRUCTION_UNIT, APPROVED
}
