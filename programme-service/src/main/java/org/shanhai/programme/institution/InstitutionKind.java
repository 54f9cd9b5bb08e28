package org.shanhai.programme.institution;

import org.shanhai.common.codes.Label;

/** 机构类别 */
@Label(zh = "机构类别", en = "Institution kind")
public enum InstitutionKind {
    @Label(zh = "三级医院", en = "Tertiary hospital")
    TERTIARY_HOSPITAL,
    @Label(zh = "县级医院", en = "County hospital")
    COUNTY_HOSPITAL,
    @Label(zh = "中医医院", en = "Traditional Chinese medicine hospital")
    TCM_HOSPITAL,
    @Label(zh = "妇幼保健院", en = "Maternal and child health hospital")
    MATERNAL_CHILD_HOSPITAL,
    @Label(zh = "乡镇卫生院", en = "Township health centre")
    TOWNSHIP_HEALTH_CENTRE,
    @Label(zh = "村卫生室", en = "Village clinic")
    VILLAGE_CLINIC,
    @Label(zh = "社区卫生服务中心", en = "Community health service centre")
    COMMUNITY_HEALTH_CENTRE,
    @Label(zh = "其他", en = "Other")
    OTHER
}
