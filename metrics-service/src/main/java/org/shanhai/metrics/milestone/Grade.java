package org.shanhai.metrics.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "医院等级 reached: GRADE_3A 三级甲等, GRADE_3B 三级乙等, GRADE_2A 二级甲等, GRADE_2B 二级乙等, GRADE_1 一级, "
        + "UNGRADED 未定级")
public enum Grade {
    GRADE_3A, GRADE_3B, GRADE_2A, GRADE_2B, GRADE_1, UNGRADED
}
