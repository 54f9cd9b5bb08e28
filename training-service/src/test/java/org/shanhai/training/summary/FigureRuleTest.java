package org.shanhai.training.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed: records on given days, totals for given spans. */
class FigureRuleTest {

    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /** One record on each of these days. */
    static final List<LocalDate> RECORDS = List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 3, 1),
            LocalDate.of(2023, 7, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15));

    static long recorded(LocalDate from, LocalDate to) {
        return RECORDS.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
    }

    static FigureRule.Total total(String from, String to, long count) {
        return new FigureRule.Total(from + ".." + to, LocalDate.parse(from), LocalDate.parse(to), count);
    }

    @Test
    void withoutATotalTheFigureIsTheRecords() {
        FigureRule.Result r = FigureRule.figure(FROM, TO, List.of(), FigureRuleTest::recorded);
        assertEquals(5, r.figure());
        assertEquals(Basis.RECORDED, r.basis());
    }

    @Test
    void aTotalReplacesTheRecordsItContainsAndTheRecordsOutsideItAreAdded() {
        // 1500 for 2022-01-01..2025-05-31 contains the records of 2022-03-01, 2023-07-01, 2025-05-31;
        // those of 2025-06-01 and 2025-07-15 come after it
        FigureRule.Result r = FigureRule.figure(FROM, TO, List.of(total("2022-01-01", "2025-05-31", 1500)),
                FigureRuleTest::recorded);
        assertEquals(1502, r.figure());
        assertEquals(Basis.REPORTED_AND_RECORDED, r.basis());
        assertEquals(5, r.recordedInWindow());
        assertEquals(3, r.recordedContained());
    }

    @Test
    void aTotalReachingOutsideTheWindowIsNotUsed() {
        FigureRule.Result r = FigureRule.figure(LocalDate.of(2023, 1, 1), TO,
                List.of(total("2022-01-01", "2025-05-31", 1500)), FigureRuleTest::recorded);
        assertEquals(4, r.figure());
        assertEquals(Basis.RECORDED, r.basis());
    }

    @Test
    void ofSeveralTotalsTheWidestIsUsedAndNeverTwoAddedTogether() {
        FigureRule.Result r = FigureRule.figure(FROM, LocalDate.of(2025, 5, 31),
                List.of(total("2022-01-01", "2023-12-31", 900), total("2022-01-01", "2025-05-31", 1500),
                        total("2024-01-01", "2025-05-31", 600)), FigureRuleTest::recorded);
        assertEquals(1500, r.figure());
        assertEquals(Basis.REPORTED, r.basis());
    }

    @Test
    void totalsOfSeparateSpansAreBothUsed() {
        // 2022: 400 reported, 2023: 500 reported; the records of 2025 (3) are outside both; the
        // records of 2022-03-01 and 2023-07-01 are inside them; 2021-12-31 is outside the window
        FigureRule.Result r = FigureRule.figure(FROM, TO, List.of(total("2022-01-01", "2022-12-31", 400),
                total("2023-01-01", "2023-12-31", 500)), FigureRuleTest::recorded);
        assertEquals(903, r.figure());
        assertEquals(2, r.used().size());
        assertEquals(2, r.recordedContained());
        assertEquals(Basis.REPORTED_AND_RECORDED, r.basis());
    }
}
