package org.shanhai.metrics.indicator;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "单位: COUNT 计数 (non-negative whole numbers), PERCENT 百分比 (0 to 100), RATIO 比值, INDEX 指数, "
        + "CNY 元, DAYS 天")
@Label(zh = "单位", en = "Unit")
public enum Unit {
    @Label(zh = "计数", en = "Count")
    COUNT,
    @Label(zh = "百分比", en = "Percent")
    PERCENT,
    @Label(zh = "比值", en = "Ratio")
    RATIO,
    @Label(zh = "指数", en = "Index")
    INDEX,
    @Label(zh = "元", en = "Yuan (CNY)")
    CNY,
    @Label(zh = "天", en = "Days")
    DAYS
}
