package org.shanhai.training.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.StatusChange;

class ProgrammePeriodTest {

    static final LocalDate START = LocalDate.of(2022, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static StatusChange at(String status, int y, int m, int d, int utcHour) {
        return new StatusChange(status, OffsetDateTime.of(y, m, d, utcHour, 0, 0, 0, ZoneOffset.UTC));
    }

    static ProgrammePeriod.Refusal check(List<StatusChange> history, LocalDate end, String day) {
        return ProgrammePeriod.check(START, end, history, LocalDate.parse(day), TODAY);
    }

    @Test
    void aProgrammeNeverActivatedTakesNothingAndTheProgrammeIsAtFault() {
        ProgrammePeriod.Refusal r = check(List.of(at("PLANNED", 2021, 12, 1, 0)), null, "2022-03-01");
        assertNotNull(r);
        assertTrue(r.programmeAtFault());
    }

    @Test
    void theDayLiesWithinThePeriodAndNotInTheFuture() {
        List<StatusChange> active = List.of(at("PLANNED", 2021, 12, 1, 0), at("ACTIVE", 2024, 1, 1, 0));
        assertNull(check(active, null, "2022-01-01"), "the first day, even before the activation was entered");
        assertNotNull(check(active, null, "2021-12-31"));
        assertNull(check(active, null, "2025-06-15"), "today");
        assertNotNull(check(active, null, "2025-06-16"), "tomorrow");
        assertNull(check(active, LocalDate.of(2024, 12, 31), "2024-12-31"), "the last day");
        assertNotNull(check(active, LocalDate.of(2024, 12, 31), "2025-01-01"));
        assertEquals(false, check(active, null, "2021-12-31").programmeAtFault());
    }

    @Test
    void aSuspensionBlocksFromItsChinaStandardDayUntilTheResumption() {
        // 2024-05-31 17:00 UTC is 2024-06-01 01:00 in Beijing: the suspension's day is June 1st
        List<StatusChange> h = List.of(at("ACTIVE", 2022, 1, 1, 0), at("SUSPENDED", 2024, 5, 31, 17),
                at("ACTIVE", 2024, 9, 1, 2));
        assertNull(check(h, null, "2024-05-31"));
        assertNotNull(check(h, null, "2024-06-01"));
        assertNotNull(check(h, null, "2024-08-31"));
        assertNull(check(h, null, "2024-09-01"));
    }

    @Test
    void aCompletionBlocksWhatFollowsButNotThePastLogs() {
        List<StatusChange> h = List.of(at("ACTIVE", 2022, 1, 1, 0), at("COMPLETED", 2025, 1, 1, 2));
        assertNull(check(h, null, "2024-12-31"));
        ProgrammePeriod.Refusal r = check(h, null, "2025-01-01");
        assertNotNull(r);
        assertTrue(r.message().en().contains("COMPLETED"));
        assertTrue(r.message().zh().contains("COMPLETED"));
    }
}
