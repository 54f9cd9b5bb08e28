package org.shanhai.metrics.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025,       2025-01-01, 2025-12-31, 365",
            "2024,       2024-01-01, 2024-12-31, 366",
            "2025Q1,     2025-01-01, 2025-03-31, 90",
            "2024Q1,     2024-01-01, 2024-03-31, 91",
            "2025Q2,     2025-04-01, 2025-06-30, 91",
            "2025Q3,     2025-07-01, 2025-09-30, 92",
            "2025Q4,     2025-10-01, 2025-12-31, 92",
            "2024-02,    2024-02-01, 2024-02-29, 29",
            "2023-02,    2023-02-01, 2023-02-28, 28",
            "1900-02,    1900-02-01, 1900-02-28, 28",
            "2000-02,    2000-02-01, 2000-02-29, 29",
            "2025-12,    2025-12-01, 2025-12-31, 31",
            "2025-04,    2025-04-01, 2025-04-30, 30"})
    void parsesToItsDays(String text, String start, String end, long days) {
        Period p = Period.parse(text);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(days, p.days());
        assertEquals(text, p.toString());
        assertEquals(p, Period.parse(" " + text + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025Q5", "2025Q0", "2025-13", "2025-00", "25", "2025-7", "2025q3", "2025-Q3", "20251",
            "1899", "3000", "", "  ", "2025/07", "2025-07-01", "二〇二五", "2025..", "-2025"})
    void anythingElseIsRefusedWithAReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void previousAndSameLastYearCrossYearBoundaries() {
        assertEquals(Period.parse("2024Q4"), Period.parse("2025Q1").previous());
        assertEquals(Period.parse("2025Q2"), Period.parse("2025Q3").previous());
        assertEquals(Period.parse("2024-12"), Period.parse("2025-01").previous());
        assertEquals(Period.parse("2024"), Period.parse("2025").previous());
        assertEquals(Period.parse("2026Q1"), Period.parse("2025Q4").next());
        assertEquals(Period.parse("2026-01"), Period.parse("2025-12").next());
        assertEquals(Period.parse("2024Q3"), Period.parse("2025Q3").sameLastYear());
        assertEquals(Period.parse("2024-02"), Period.parse("2025-02").sameLastYear());
        // a leap February a year later is a February of 28 days: the period, not 366 days
        assertEquals(LocalDate.parse("2023-02-28"), Period.parse("2024-02").sameLastYear().end());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("1900").previous());
    }

    @Test
    void containmentAndParts() {
        Period y = Period.parse("2024");
        assertTrue(y.contains(Period.parse("2024Q4")));
        assertTrue(y.contains(Period.parse("2024-12")));
        assertTrue(y.contains(y));
        assertFalse(y.contains(Period.parse("2025-01")));
        assertTrue(Period.parse("2024Q1").contains(Period.parse("2024-03")));
        assertFalse(Period.parse("2024Q1").contains(Period.parse("2024-04")));
        assertFalse(Period.parse("2024-03").contains(Period.parse("2024Q1")));
        assertTrue(Period.parse("2024-02").contains(LocalDate.parse("2024-02-29")));
        assertFalse(Period.parse("2024-02").contains(LocalDate.parse("2024-03-01")));
        assertEquals(IntStream.rangeClosed(1, 12).mapToObj(m -> Period.month(2024, m)).toList(),
                y.parts(Period.Type.MONTH));
        assertEquals(List.of(Period.parse("2024Q1"), Period.parse("2024Q2"), Period.parse("2024Q3"), Period.parse("2024Q4")),
                y.parts(Period.Type.QUARTER));
        assertEquals(List.of(Period.parse("2024-07"), Period.parse("2024-08"), Period.parse("2024-09")),
                Period.parse("2024Q3").parts(Period.Type.MONTH));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2024-07").parts(Period.Type.YEAR));
        assertEquals(Period.parse("2024Q1"), Period.of(Period.Type.QUARTER, LocalDate.parse("2024-03-31")));
        assertEquals(Period.parse("2024Q2"), Period.of(Period.Type.QUARTER, LocalDate.parse("2024-04-01")));
    }

    @Test
    void orderIsByStartThenCoarserFirst() {
        List<Period> sorted = java.util.stream.Stream.of("2024-02", "2024Q1", "2023", "2024", "2024-01")
                .map(Period::parse).sorted().toList();
        assertEquals(List.of("2023", "2024", "2024Q1", "2024-01", "2024-02"), sorted.stream().map(Period::toString).toList());
    }

    @Test
    void spansOfWholePeriodsAreKeptWhole() {
        PeriodSpan s = PeriodSpan.parse("2022..2024");
        assertEquals(LocalDate.parse("2022-01-01"), s.start());
        assertEquals(LocalDate.parse("2024-12-31"), s.end());
        assertFalse(s.isSingle());
        assertTrue(s.contains(Period.parse("2023Q2")));
        assertFalse(s.contains(Period.parse("2025")));
        assertEquals("2022..2024", s.toString());
        PeriodSpan months = PeriodSpan.parse("2022-01..2023-06");
        assertEquals(LocalDate.parse("2023-06-30"), months.end());
        assertTrue(PeriodSpan.parse("2024").isSingle());
        assertEquals(Period.parse("2024"), PeriodSpan.parse("2024").single());
        assertTrue(s.within(LocalDate.parse("2022-01-01"), LocalDate.parse("2025-05-31")));
        assertFalse(s.within(LocalDate.parse("2022-06-01"), LocalDate.parse("2025-05-31")));
        for (String bad : List.of("2024..2022", "2022..2022", "2022..2024Q1", "2022..", "..2024", "2022...2024",
                "2022..2025Q5")) {
            assertThrows(IllegalArgumentException.class, () -> PeriodSpan.parse(bad), bad);
        }
    }

    @Test
    void theEdgesOfTheRangeHaveAllTheirParts() {
        assertEquals(12, Period.parse("2999").parts(Period.Type.MONTH).size());
        assertEquals(Period.parse("2999-12"), Period.parse("2999Q4").parts(Period.Type.MONTH).get(2));
        assertEquals(4, Period.parse("1900").parts(Period.Type.QUARTER).size());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2999-12").next());
    }
}
