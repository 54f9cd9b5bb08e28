package org.shanhai.training.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ACTIVE → COMPLETED or DISCONTINUED, nothing else: both ends are final. */
@Schema(description = "师带徒状态: ACTIVE 进行中, COMPLETED 已出师 (completed), DISCONTINUED 已中止 (discontinued)")
public enum MentorshipStatus {
    ACTIVE, COMPLETED, DISCONTINUED;

    public boolean canMoveTo(MentorshipStatus next) {
        return this == ACTIVE && next != ACTIVE;
    }
}
