package org.shanhai.programme.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeStatusTest {

    @Test
    void everyTransition() {
        Set<String> allowed = Set.of("PLANNED>ACTIVE", "ACTIVE>SUSPENDED", "SUSPENDED>ACTIVE", "ACTIVE>COMPLETED",
                "SUSPENDED>COMPLETED");
        for (ProgrammeStatus from : ProgrammeStatus.values()) {
            for (ProgrammeStatus to : ProgrammeStatus.values()) {
                assertEquals(allowed.contains(from + ">" + to), from.canBecome(to), from + " -> " + to);
            }
        }
    }

    @Test
    void completedIsFinal() {
        assertEquals(EnumSet.noneOf(ProgrammeStatus.class), ProgrammeStatus.COMPLETED.next());
    }
}
