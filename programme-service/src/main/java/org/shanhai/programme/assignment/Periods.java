package org.shanhai.programme.assignment;

import java.time.LocalDate;

/** Date ranges with both ends included; a missing end is open. */
public final class Periods {

    private Periods() {
    }

    public static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        return (end2 == null || !start1.isAfter(end2)) && (end1 == null || !start2.isAfter(end1));
    }
}
