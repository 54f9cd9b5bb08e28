package org.shanhai.metrics.scorecard;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "趋势 (同比, by the indicator's direction): IMPROVING 向好, WORSENING 变差, STABLE 持平 (the relative change "
        + "is under the indicator's threshold, 1% by default)")
@Label(zh = "趋势", en = "Trend")
public enum Trend {
    @Label(zh = "向好", en = "Improving")
    IMPROVING,
    @Label(zh = "变差", en = "Worsening")
    WORSENING,
    @Label(zh = "持平", en = "Stable")
    STABLE
}
