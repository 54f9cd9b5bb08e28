package org.shanhai.metrics.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "趋势 (同比, by the indicator's direction): IMPROVING 向好, WORSENING 变差, STABLE 持平 (the relative change "
        + "is under the indicator's threshold, 1% by default)")
public enum Trend {
    IMPROVING, WORSENING, STABLE
}
