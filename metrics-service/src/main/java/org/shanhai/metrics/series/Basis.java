package org.shanhai.metrics.series;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesBasis", description = "数值口径: RECORDED 直接填报; AGGREGATED 由更细的期间按指标规则汇总; REPORTED 报告给出的数; "
        + "REPORTED_RATE 报告只给出比率、未给分子分母 (never aggregated with other periods)")
@Label(zh = "取值依据", en = "Series basis")
public enum Basis {
    @Label(zh = "直接记录", en = "Recorded")
    RECORDED,
    @Label(zh = "由下级期间汇总", en = "Aggregated")
    AGGREGATED,
    @Label(zh = "报告值", en = "Reported")
    REPORTED,
    @Label(zh = "报告率", en = "Reported rate")
    REPORTED_RATE
}
