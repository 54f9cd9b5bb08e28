package org.shanhai.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.report.Coverage.Result;
import org.shanhai.metrics.report.Coverage.Status;

class CoverageTest {

    static Set<String> months(int year, int count) {
        Set<String> s = new HashSet<>();
        for (int m = 1; m <= count; m++) {
            s.add(Period.month(year, m).toString());
        }
        return s;
    }

    @Test
    void aYearIsCompleteWithItsOwnValueOrAllItsMonthsOrQuarters() {
        Period y = Period.parse("2025");
        assertEquals(new Result(Status.COMPLETE, null), Coverage.of(y, Set.of("2025")));
        assertEquals(new Result(Status.COMPLETE, null), Coverage.of(y, months(2025, 12)));
        assertEquals(new Result(Status.COMPLETE, null), Coverage.of(y, Set.of("2025Q1", "2025Q2", "2025Q3", "2025Q4")));
        assertEquals(new Result(Status.NONE, null), Coverage.of(y, Set.of("2024", "2024-12")));
    }

    @Test
    void somePartsArePartialAndSayHowMuch() {
        Period y = Period.parse("2025");
        assertEquals(new Result(Status.PARTIAL, "7 of 12 months"), Coverage.of(y, months(2025, 7)));
        // the better cover is named: 3 of 4 quarters beats 2 of 12 months
        Set<String> mixed = new HashSet<>(months(2025, 2));
        mixed.addAll(Set.of("2025Q1", "2025Q2", "2025Q3"));
        assertEquals(new Result(Status.PARTIAL, "3 of 4 quarters"), Coverage.of(y, mixed));
        assertEquals(new Result(Status.PARTIAL, "2 of 3 months"), Coverage.of(Period.parse("2025Q1"), months(2025, 2)));
        assertEquals(new Result(Status.COMPLETE, null), Coverage.of(Period.parse("2025Q1"), months(2025, 3)));
    }

    @Test
    void aMonthHasNoParts() {
        assertEquals(new Result(Status.NONE, null), Coverage.of(Period.parse("2025-02"), Set.of("2025Q1")));
        assertEquals(new Result(Status.COMPLETE, null), Coverage.of(Period.parse("2025-02"), Set.of("2025-02")));
    }
}
