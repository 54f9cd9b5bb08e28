package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "阶段: CONSTRUCTION_UNIT 建设单位 (being built toward recognition), APPROVED 已通过/已授牌")
@Label(zh = "阶段", en = "Stage")
public enum MilestoneStage {
    @Label(zh = "建设单位", en = "Construction unit")
    CONSTRUCTION_UNIT,
    @Label(zh = "已通过", en = "Approved")
    APPROVED
}
