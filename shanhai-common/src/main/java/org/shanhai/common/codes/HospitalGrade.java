package org.shanhai.common.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 医院等级 (《医院分级管理办法》): an institution's grade in programme-service, and the grade an
 * accreditation milestone reaches in metrics-service. One list, so that both say the same.
 */
@Schema(name = "HospitalGrade")
@Label(zh = "医院等级", en = "Hospital grade")
public enum HospitalGrade {
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
