package org.shanhai.training.activity;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "培训活动类型: TEACHING_ROUND 教学查房, SURGICAL_DEMONSTRATION 手术示教, LECTURE 学术讲座, "
        + "TRAINING_COURSE 专题培训, REMOTE_COURSE 远程培训, CASE_DISCUSSION 病例讨论, OUTREACH_CLINIC 义诊/巡诊 "
        + "(its attendees are patients, not trainees)")
public enum ActivityType {
    TEACHING_ROUND("教学查房"),
    SURGICAL_DEMONSTRATION("手术示教"),
    LECTURE("学术讲座"),
    TRAINING_COURSE("专题培训"),
    REMOTE_COURSE("远程培训"),
    CASE_DISCUSSION("病例讨论"),
    OUTREACH_CLINIC("义诊/巡诊");

    public final String label;

    ActivityType(String label) {
        this.label = label;
    }

    /** By code (TEACHING_ROUND) or by its Chinese name (教学查房), as a spreadsheet may give it. */
    public static Optional<ActivityType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text) || t.label.equals(text)).findFirst();
    }
}
