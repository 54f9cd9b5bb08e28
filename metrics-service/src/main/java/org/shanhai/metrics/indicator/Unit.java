package org.shanhai.metrics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "单位: COUNT 计数 (non-negative whole numbers), PERCENT 百分比 (0 to 100), RATIO 比值, INDEX 指数, "
        + "CNY 元, DAYS 天")
public enum Unit {
    COUNT, PERCENT, RATIO, INDEX, CNY, DAYS
}
