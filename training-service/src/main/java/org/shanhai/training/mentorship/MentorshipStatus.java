package org.shanhai.training.mentorship;

import org.shanhai.common.codes.Label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ACTIVE → COMPLETED or DISCONTINUED, nothing else: both ends are final. */
@Schema(description = "师带徒状态: ACTIVE 进行中, COMPLETED 已出师 (completed), DISCONTINUED 已中止 (discontinued)")
@Label(zh = "师带徒状态", en = "Mentorship status")
public enum MentorshipStatus {
    @Label(zh = "进行中", en = "Active")
    ACTIVE,
    @Label(zh = "已出师", en = "Completed")
    COMPLETED,
    @Label(zh = "已中止", en = "Discontinued")
    DISCONTINUED;

    public boolean canMoveTo(MentorshipStatus next) {
        return this == ACTIVE && next != ACTIVE;
    }
}
