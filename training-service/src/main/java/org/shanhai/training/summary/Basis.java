package org.shanhai.training.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "数据口径: RECORDED 逐条记录之和; REPORTED 报告汇总数; "
        + "REPORTED_AND_RECORDED 报告汇总数，加上其时段以外的逐条记录 (records inside the total's span are never added to it)")
public enum Basis {
    RECORDED, REPORTED, REPORTED_AND_RECORDED
}
