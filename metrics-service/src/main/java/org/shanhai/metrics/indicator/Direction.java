package org.shanhai.metrics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "方向: HIGHER_IS_BETTER 越高越好, LOWER_IS_BETTER 越低越好")
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
