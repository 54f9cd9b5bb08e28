package org.shanhai.metrics.indicator;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "方向: HIGHER_IS_BETTER 越高越好, LOWER_IS_BETTER 越低越好")
@Label(zh = "方向", en = "Direction")
public enum Direction {
    @Label(zh = "越高越好", en = "Higher is better")
    HIGHER_IS_BETTER,
    @Label(zh = "越低越好", en = "Lower is better")
    LOWER_IS_BETTER
}
