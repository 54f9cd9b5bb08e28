package org.shanhai.metrics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "跨期汇总规则: SUM 求和, LAST 取最后一期, AVERAGE 平均, RATIO 分子之和除以分母之和 "
        + "(a rate over a longer period is never the average of the shorter periods' rates; a PERCENT ratio is × 100)")
public enum Aggregation {
    SUM, LAST, AVERAGE, RATIO
}
