package org.shanhai.metrics.indicator;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "跨期汇总规则: SUM 求和, LAST 取最后一期, AVERAGE 平均, RATIO 分子之和除以分母之和 "
        + "(a rate over a longer period is never the average of the shorter periods' rates; a PERCENT ratio is × 100)")
@Label(zh = "汇总方式", en = "Aggregation")
public enum Aggregation {
    @Label(zh = "求和", en = "Sum")
    SUM,
    @Label(zh = "取最后一期", en = "Last period")
    LAST,
    @Label(zh = "平均", en = "Average")
    AVERAGE,
    @Label(zh = "分子和除以分母和", en = "Ratio of sums")
    RATIO
}
