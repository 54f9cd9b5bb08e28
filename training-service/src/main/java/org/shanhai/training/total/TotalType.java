package org.shanhai.training.total;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reported total counts: the activity types, and the figures reports give about people. */
@Schema(description = "汇总口径: the activity types (教学查房 TEACHING_ROUND ... 义诊 OUTREACH_CLINIC, counted in activities); "
        + "TRAINING_ATTENDANCES 培训人次 (attendances over all training, outreach clinics excluded); "
        + "MENTORSHIP_APPRENTICES 师带徒人数; STAFF_SECONDED 进修/跟岗人数; STANDARDISED_RESIDENTS 规培人数; "
        + "VISITING_EXPERTS 来院专家人数")
@Label(zh = "报告合计类型", en = "Reported total type")
public enum TotalType {
    @Label(zh = "教学查房", en = "Teaching rounds")
    TEACHING_ROUND,
    @Label(zh = "手术示教", en = "Surgical demonstrations")
    SURGICAL_DEMONSTRATION,
    @Label(zh = "学术讲座", en = "Lectures")
    LECTURE,
    @Label(zh = "专题培训", en = "Training courses")
    TRAINING_COURSE,
    @Label(zh = "远程培训", en = "Remote courses")
    REMOTE_COURSE,
    @Label(zh = "病例讨论", en = "Case discussions")
    CASE_DISCUSSION,
    @Label(zh = "义诊/巡诊", en = "Outreach clinics")
    OUTREACH_CLINIC,
    @Label(zh = "培训人次", en = "Training attendances")
    TRAINING_ATTENDANCES,
    @Label(zh = "师带徒徒弟", en = "Mentorship apprentices")
    MENTORSHIP_APPRENTICES,
    @Label(zh = "外出进修人员", en = "Staff seconded")
    STAFF_SECONDED,
    @Label(zh = "规培人员", en = "Standardised residents")
    STANDARDISED_RESIDENTS,
    @Label(zh = "来院专家", en = "Visiting experts")
    VISITING_EXPERTS
}
