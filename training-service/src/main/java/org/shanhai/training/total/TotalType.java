package org.shanhai.training.total;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reported total counts: the activity types, and the figures reports give about people. */
@Schema(description = "汇总口径: the activity types (教学查房 TEACHING_ROUND ... 义诊 OUTREACH_CLINIC, counted in activities); "
        + "TRAINING_ATTENDANCES 培训人次 (attendances over all training, outreach clinics excluded); "
        + "MENTORSHIP_APPRENTICES 师带徒人数; STAFF_SECONDED 进修/跟岗人数; STANDARDISED_RESIDENTS 规培人数; "
        + "VISITING_EXPERTS 来院专家人数")
public enum TotalType {
    TEACHING_ROUND, SURGICAL_DEMONSTRATION, LECTURE, TRAINING_COURSE, REMOTE_COURSE, CASE_DISCUSSION, OUTREACH_CLINIC,
    TRAINING_ATTENDANCES, MENTORSHIP_APPRENTICES, STAFF_SECONDED, STANDARDISED_RESIDENTS, VISITING_EXPERTS
}
