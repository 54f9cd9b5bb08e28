package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "里程碑类型: NEW_TECHNIQUE 新技术新项目 (name, department, independent); KEY_SPECIALTY 重点专科 "
        + "(department, level, stage); CENTRE 中心 (胸痛、卒中、创伤、危重孕产妇、危重新生儿...: name); ACCREDITATION 等级评审 "
        + "(grade reached); STANDARD_MET 县医院医疗服务能力标准达标 (standard: 基本标准 BASIC or 推荐标准 RECOMMENDED)")
@Label(zh = "里程碑类型", en = "Milestone type")
public enum MilestoneType {
    @Label(zh = "新技术", en = "New technique")
    NEW_TECHNIQUE,
    @Label(zh = "重点专科", en = "Key specialty")
    KEY_SPECIALTY,
    @Label(zh = "中心建设", en = "Centre")
    CENTRE,
    @Label(zh = "等级评审", en = "Accreditation")
    ACCREDITATION,
    @Label(zh = "达标", en = "Standard met")
    STANDARD_MET
}
