package org.shanhai.programme.institution;

/** 机构类别 */
public enum InstitutionKind {
    TERTIARY_HOSPITAL,        // 三级医院
    COUNTY_HOSPITAL,          // 县级医院
    TCM_HOSPITAL,             // 中医医院
    MATERNAL_CHILD_HOSPITAL,  // 妇幼保健院
    TOWNSHIP_HEALTH_CENTRE,   // 乡镇卫生院
    VILLAGE_CLINIC,           // 村卫生室
    COMMUNITY_HEALTH_CENTRE,  // 社区卫生服务中心
    OTHER
}
