package org.shanhai.programme.programme;

import java.util.EnumSet;
import java.util.Set;

/** 项目状态: PLANNED → ACTIVE ⇄ SUSPENDED → COMPLETED; nothing leaves COMPLETED. */
public enum ProgrammeStatus {
    PLANNED,
    ACTIVE,
    SUSPENDED,
    COMPLETED;

    public Set<ProgrammeStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(SUSPENDED, COMPLETED);
            case SUSPENDED -> EnumSet.of(ACTIVE, COMPLETED);
            case COMPLETED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }

    public boolean canBecome(ProgrammeStatus target) {
        return next().contains(target);
    }
}
