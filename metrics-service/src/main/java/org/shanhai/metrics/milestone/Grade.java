package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "医院等级 reached: GRADE_3A 三级甲等, GRADE_3B 三级乙等, GRADE_2A 二级甲等, GRADE_2B 二级乙等, GRADE_1 一级, "
        + "UNGRADED 未定级")
@Label(zh = "医院等级", en = "Hospital grade")
public enum Grade {
    @Label(zh = "三级甲等", en = "Grade III, class A")
    GRADE_3A,
    @Label(zh = "三级乙等", en = "Grade III, class B")
    GRADE_3B,
    @Label(zh = "二级甲等", en = "Grade II, class A")
    GRADE_2A,
    @Label(zh = "二级乙等", en = "Grade II, class B")
    GRADE_2B,
    @Label(zh = "一级", en = "Grade I")
    GRADE_1,
    @Label(zh = "未定级", en = "Ungraded")
    UNGRADED
}
