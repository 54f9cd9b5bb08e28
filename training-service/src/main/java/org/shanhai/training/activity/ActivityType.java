package org.shanhai.training.activity;

import org.shanhai.common.codes.CodeLists;
import org.shanhai.common.codes.Label;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "培训活动类型: TEACHING_ROUND 教学查房, SURGICAL_DEMONSTRATION 手术示教, LECTURE 学术讲座, "
        + "TRAINING_COURSE 专题培训, REMOTE_COURSE 远程培训, CASE_DISCUSSION 病例讨论, OUTREACH_CLINIC 义诊/巡诊 "
        + "(its attendees are patients, not trainees)")
@Label(zh = "培训活动类型", en = "Training activity type")
public enum ActivityType {
    @Label(zh = "教学查房", en = "Teaching round")
    TEACHING_ROUND,
    @Label(zh = "手术示教", en = "Surgical demonstration")
    SURGICAL_DEMONSTRATION,
    @Label(zh = "学术讲座", en = "Lecture")
    LECTURE,
    @Label(zh = "专题培训", en = "Training course")
    TRAINING_COURSE,
    @Label(zh = "远程培训", en = "Remote course")
    REMOTE_COURSE,
    @Label(zh = "病例讨论", en = "Case discussion")
    CASE_DISCUSSION,
    @Label(zh = "义诊/巡诊", en = "Outreach clinic")
    OUTREACH_CLINIC;

    /** The Chinese name (教学查房), from its label. */
    public String label() {
        return CodeLists.label(this).zh();
    }

    /** By code (TEACHING_ROUND) or by its Chinese name (教学查房), as a spreadsheet may give it. */
    public static Optional<ActivityType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text) || t.label().equals(text)).findFirst();
    }
}
