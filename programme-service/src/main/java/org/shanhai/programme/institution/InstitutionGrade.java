package org.shanhai.programme.institution;

import org.shanhai.common.codes.Label;

/** 医院等级 */
@Label(zh = "医院等级", en = "Hospital grade")
public enum InstitutionGrade {
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
