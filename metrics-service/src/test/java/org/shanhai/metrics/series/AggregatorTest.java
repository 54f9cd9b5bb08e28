package org.shanhai.metrics.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shanhai.metrics.period.Period;

/** Every expected figure is computed by hand in the comments. */
class AggregatorTest {

    static final Map<String, Aggregator.Rule> RULES = Map.of(
            "IN", new Aggregator.Rule("IN", "SUM", false, null, null),
            "ALL", new Aggregator.Rule("ALL", "SUM", false, null, null),
            "RATE", new Aggregator.Rule("RATE", "RATIO", true, "IN", "ALL"),
            "BEDS", new Aggregator.Rule("BEDS", "LAST", false, null, null),
            "CMI", new Aggregator.Rule("CMI", "AVERAGE", false, null, null));

    final Map<String, Aggregator.Recorded> values = new HashMap<>();

    final Aggregator.Source source = new Aggregator.Source() {
        @Override
        public Optional<Aggregator.Recorded> recorded(String code, Period period) {
            return Optional.ofNullable(values.get(code + "@" + period));
        }

        @Override
        public Aggregator.Rule rule(String code) {
            return RULES.get(code);
        }
    };

    void put(String code, String period, String value) {
        values.put(code + "@" + Period.parse(period), new Aggregator.Recorded(new BigDecimal(value), Basis.RECORDED));
    }

    void months(String code, int year, String... perMonth) {
        for (int m = 1; m <= perMonth.length; m++) {
            if (perMonth[m - 1] != null) {
                put(code, String.format("%d-%02d", year, m), perMonth[m - 1]);
            }
        }
    }

    Aggregator.Point value(String code, String period) {
        return Aggregator.value(source, code, Period.parse(period));
    }

    @Test
    void aYearlyRateIsTheRatioOfSumsNeverTheAverageOfMonthlyRates() {
        // January 1 of 10 (10%), February to December 90 of 100 (90%) each:
        // the monthly rates average (10 + 11 × 90) / 12 = 83.33%, but the year is
        // (1 + 11 × 90) / (10 + 11 × 100) = 991 / 1110 = 89.27927...% → 89.2793
        months("IN", 2025, "1", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90");
        months("ALL", 2025, "10", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100");
        Aggregator.Point year = value("RATE", "2025");
        assertEquals(new BigDecimal("89.2793"), year.value());
        assertEquals(Basis.AGGREGATED, year.basis());
        assertFalse(year.partial());
        // a quarter: (1 + 90 + 90) / (10 + 100 + 100) = 181 / 210 = 86.190476...% → 86.1905
        assertEquals(new BigDecimal("86.1905"), value("RATE", "2025Q1").value());
        // one month is recorded as is: 1 / 10 = 10%
        assertEquals(new BigDecimal("10.0000"), value("RATE", "2025-01").value());
        assertEquals(Basis.AGGREGATED, value("RATE", "2025-01").basis()); // computed, not recorded as such
    }

    @Test
    void aDirectlyRecordedYearWinsOverItsMonthsAndSaysSo() {
        months("IN", 2025, "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100");
        assertEquals(new BigDecimal("1200"), value("IN", "2025").value()); // 12 × 100
        assertEquals(Basis.AGGREGATED, value("IN", "2025").basis());
        put("IN", "2025", "1250");
        Aggregator.Point year = value("IN", "2025");
        assertEquals(new BigDecimal("1250"), year.value());
        assertEquals(Basis.RECORDED, year.basis());
        assertEquals(12, year.finerPeriods());
    }

    @Test
    void quartersAndMonthsMixAndMissingPartsAreNeverZero() {
        put("IN", "2025Q1", "300");
        months("IN", 2025, null, null, null, "100", "100", "100", "100", "100", "100", "100", "100", "100");
        assertEquals(new BigDecimal("1200"), value("IN", "2025").value()); // 300 + 9 × 100
        assertFalse(value("IN", "2025").partial());
        values.remove("IN@2025-12");
        Aggregator.Point partial = value("IN", "2025");
        assertEquals(new BigDecimal("1100"), partial.value());
        assertTrue(partial.partial());
        assertEquals(List.of(Period.parse("2025-12")), partial.missing());
        Aggregator.Point none = value("IN", "2024");
        assertNull(none.value());
        assertEquals(List.of(Period.parse("2024")), none.missing());
    }

    @Test
    void lastTakesTheLatestPartAndAverageAverages() {
        months("BEDS", 2025, "100", "100", "110", "110", "110", "120", "120", "120", "120", "125", "125", null);
        Aggregator.Point beds = value("BEDS", "2025");
        assertEquals(new BigDecimal("125"), beds.value()); // November's: December is missing
        assertTrue(beds.partial());
        assertTrue(beds.note().contains("2025-12"));
        put("CMI", "2025Q1", "0.80");
        put("CMI", "2025Q2", "0.90");
        put("CMI", "2025Q3", "0.95");
        put("CMI", "2025Q4", "1.00");
        assertEquals(new BigDecimal("0.9125"), value("CMI", "2025").value()); // 3.65 / 4
    }

    @Test
    void aRateReportedWithoutItsPartsStandsForItsOwnPeriodOnly() {
        values.put("RATE@2022", new Aggregator.Recorded(new BigDecimal("92.53"), Basis.REPORTED_RATE));
        Aggregator.Point y = value("RATE", "2022");
        assertEquals(new BigDecimal("92.53"), y.value());
        assertEquals(Basis.REPORTED_RATE, y.basis());
        values.put("RATE@2023Q1", new Aggregator.Recorded(new BigDecimal("90"), Basis.REPORTED_RATE));
        Aggregator.Point longer = value("RATE", "2023");
        assertNull(longer.value());
        assertTrue(longer.note().contains("not aggregated"), longer.note());
        // once the parts of 2022 exist, the computed value is used (9000 / 10000 = 90%) and the difference flagged
        put("IN", "2022", "9000");
        put("ALL", "2022", "10000");
        Aggregator.Point computed = value("RATE", "2022");
        assertEquals(new BigDecimal("90.0000"), computed.value());
        assertEquals(Basis.AGGREGATED, computed.basis());
        assertTrue(computed.note().contains("92.53"), computed.note());
    }

    @Test
    void aZeroDenominatorIsMissingWithItsReason() {
        put("IN", "2025-01", "0");
        put("ALL", "2025-01", "0");
        Aggregator.Point p = value("RATE", "2025-01");
        assertNull(p.value());
        assertTrue(p.note().contains("is 0"));
    }

    @Test
    void aRatioNeedsItsPartsOverTheSameMonths() {
        // numerator for all twelve months, denominator for January to June only: no ratio of 12 months over 6
        months("IN", 2025, "9", "9", "9", "9", "9", "9", "9", "9", "9", "9", "9", "9");
        months("ALL", 2025, "10", "10", "10", "10", "10", "10", null, null, null, null, null, null);
        Aggregator.Point year = value("RATE", "2025");
        assertNull(year.value());
        assertTrue(year.note().contains("different parts"), year.note());
        // the first half alone is complete on both sides: 54 / 60 = 90%
        assertEquals(new BigDecimal("90.0000"), value("RATE", "2025Q1").value());
        // both sides missing the same months: a partial ratio, said so: (9 × 6) / (10 × 6)
        months("IN", 2025, "9", "9", "9", "9", "9", "9", null, null, null, null, null, null);
        values.keySet().removeIf(k -> k.startsWith("IN@2025-0") && Integer.parseInt(k.substring(8)) > 6
                || k.startsWith("IN@2025-1"));
        Aggregator.Point half = value("RATE", "2025");
        assertEquals(new BigDecimal("90.0000"), half.value());
        assertTrue(half.partial());
        // a complete rate reported for the year beats the ratio of half of it
        values.put("RATE@2025", new Aggregator.Recorded(new BigDecimal("88.5"), Basis.REPORTED_RATE));
        assertEquals(new BigDecimal("88.5"), value("RATE", "2025").value());
        assertEquals(Basis.REPORTED_RATE, value("RATE", "2025").basis());
    }

    @Test
    void anAverageWeighsEveryRecordedValueTheSame() {
        // Q1 from January to March (1, 1, 1), Q2 from April (4): (1 + 1 + 1 + 4) / 4 = 1.75, not (1 + 4) / 2
        months("CMI", 2025, "1", "1", "1", "4");
        assertEquals(new BigDecimal("1.7500"), value("CMI", "2025").value());
        assertTrue(value("CMI", "2025").partial());
    }
}
