package org.shanhai.programme.institution;

/** 医院等级 */
public enum InstitutionGrade {
    GRADE_3A, // 三级甲等
    GRADE_3B, // 三级乙等
    GRADE_2A, // 二级甲等
    GRADE_2B, // 二级乙等
    GRADE_1,  // 一级
    UNGRADED  // 未定级
}
