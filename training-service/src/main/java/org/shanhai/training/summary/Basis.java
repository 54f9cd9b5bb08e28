package org.shanhai.training.summary;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FigureBasis", description = "数据口径: RECORDED 逐条记录之和; REPORTED 报告汇总数; "
        + "REPORTED_AND_RECORDED 报告汇总数，加上其时段以外的逐条记录 (records inside the total's span are never added to it)")
@Label(zh = "数据口径", en = "Figure basis")
public enum Basis {
    @Label(zh = "逐条记录", en = "Recorded")
    RECORDED,
    @Label(zh = "报告数", en = "Reported")
    REPORTED,
    @Label(zh = "报告数与记录", en = "Reported and recorded")
    REPORTED_AND_RECORDED
}
