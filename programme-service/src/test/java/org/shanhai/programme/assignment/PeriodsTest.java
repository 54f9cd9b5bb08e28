package org.shanhai.programme.assignment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static boolean overlap(String s1, String e1, String s2, String e2) {
        boolean forward = Periods.overlap(d(s1), d(e1), d(s2), d(e2));
        boolean backward = Periods.overlap(d(s2), d(e2), d(s1), d(e1));
        assertTrue(forward == backward, "overlap must be symmetric");
        return forward;
    }

    @Test
    void bothEndsAreIncluded() {
        assertTrue(overlap("2021-01-01", "2021-12-31", "2021-12-31", "2022-06-30"));
        assertFalse(overlap("2021-01-01", "2021-12-31", "2022-01-01", "2022-06-30"));
    }

    @Test
    void openEndsRunForever() {
        assertTrue(overlap("2021-01-01", null, "2030-01-01", "2030-02-01"));
        assertTrue(overlap("2021-01-01", null, "2020-01-01", null));
        assertFalse(overlap("2021-01-01", null, "2020-01-01", "2020-12-31"));
    }

    @Test
    void containment() {
        assertTrue(overlap("2021-01-01", "2021-12-31", "2021-03-01", "2021-04-01"));
    }
}
