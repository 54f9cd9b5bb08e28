package org.shanhai.programme.programme;

import org.shanhai.common.codes.Label;

import java.util.EnumSet;
import java.util.Set;

/** 项目状态: PLANNED → ACTIVE ⇄ SUSPENDED → COMPLETED; nothing leaves COMPLETED. */
@Label(zh = "项目状态", en = "Programme status")
public enum ProgrammeStatus {
    @Label(zh = "计划中", en = "Planned")
    PLANNED,
    @Label(zh = "实施中", en = "Active")
    ACTIVE,
    @Label(zh = "已暂停", en = "Suspended")
    SUSPENDED,
    @Label(zh = "已完成", en = "Completed")
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
