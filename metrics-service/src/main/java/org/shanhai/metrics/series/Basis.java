package org.shanhai.metrics.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "数值口径: RECORDED 直接填报; AGGREGATED 由更细的期间按指标规则汇总; REPORTED 报告给出的数; "
        + "REPORTED_RATE 报告只给出比率、未给分子分母 (never aggregated with other periods)")
public enum Basis {
    RECORDED, AGGREGATED, REPORTED, REPORTED_RATE
}
