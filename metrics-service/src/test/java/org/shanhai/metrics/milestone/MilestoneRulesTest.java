package org.shanhai.metrics.milestone;

import org.shanhai.common.codes.HospitalGrade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shanhai.common.problem.FieldError;
import org.shanhai.metrics.period.Period;

class MilestoneRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static List<String> fields(MilestoneRequest r) {
        return MilestoneRules.check(r).stream().map(FieldError::field).toList();
    }

    static MilestoneRequest of(MilestoneType type, String name, String department, Boolean independent,
            MilestoneLevel level, MilestoneStage stage, HospitalGrade grade, Standard standard) {
        return new MilestoneRequest(type, null, name, department, "2023", independent, level, stage, grade, standard, null,
                null);
    }

    @Test
    void eachTypeNeedsItsFieldsAndRefusesOthers() {
        assertEquals(List.of(), fields(of(MilestoneType.NEW_TECHNIQUE, "脑膜中动脉栓塞术", "04.02", true, null, null, null, null)));
        assertEquals(List.of("name"), fields(of(MilestoneType.NEW_TECHNIQUE, " ", null, null, null, null, null, null)));
        assertEquals(List.of("level"), fields(of(MilestoneType.NEW_TECHNIQUE, "x", null, null, MilestoneLevel.COUNTY, null,
                null, null)));
        assertEquals(List.of("department", "stage"), fields(of(MilestoneType.KEY_SPECIALTY, null, null, null,
                MilestoneLevel.PROVINCIAL, null, null, null)));
        assertEquals(List.of("independent"), fields(of(MilestoneType.KEY_SPECIALTY, null, "03.04", false,
                MilestoneLevel.PROVINCIAL, MilestoneStage.APPROVED, null, null)));
        assertEquals(List.of(), fields(of(MilestoneType.CENTRE, "胸痛中心", null, null, MilestoneLevel.COUNTY,
                MilestoneStage.CONSTRUCTION_UNIT, null, null)));
        assertEquals(List.of("grade"), fields(of(MilestoneType.ACCREDITATION, null, null, null, null, null, null, null)));
        assertEquals(List.of("grade"), fields(of(MilestoneType.STANDARD_MET, null, null, null, null, null, HospitalGrade.GRADE_2A,
                Standard.BASIC)));
        assertEquals(List.of("standard"), fields(of(MilestoneType.STANDARD_MET, null, null, null, null, null, null, null)));
    }

    @Test
    void achievedIsAsPreciseAsTheSource() {
        Achieved year = Achieved.parse("2023", TODAY);
        assertEquals(LocalDate.of(2023, 1, 1), year.start());
        assertEquals(LocalDate.of(2023, 12, 31), year.end());
        assertTrue(year.within(Period.year(2023)));
        assertFalse(year.within(Period.month(2023, 5)), "a year-dated milestone is in no month");
        assertTrue(year.by(Period.year(2024)));
        Achieved day = Achieved.parse("2024-02-29", TODAY);
        assertTrue(day.within(Period.month(2024, 2)));
        assertTrue(day.within(Period.quarter(2024, 1)));
        assertEquals("2023Q2", Achieved.parse("2023Q2", TODAY).text());
        assertThrows(IllegalArgumentException.class, () -> Achieved.parse("2023-02-29", TODAY));
        assertThrows(IllegalArgumentException.class, () -> Achieved.parse("2023-13", TODAY));
        assertThrows(IllegalArgumentException.class, () -> Achieved.parse("23", TODAY));
        assertThrows(IllegalArgumentException.class, () -> Achieved.parse("2025-07", TODAY), "in the future");
    }

    @Test
    void countsTechniquesWithinAndSpecialtiesByTheEnd() {
        Milestone a = milestone(MilestoneType.NEW_TECHNIQUE, "2023", true, null);
        a.name = "脑膜中动脉栓塞术";
        Milestone b = milestone(MilestoneType.NEW_TECHNIQUE, "2023-05-12", false, null);
        b.name = "腹腔镜胆囊癌根治术";
        Milestone again = milestone(MilestoneType.NEW_TECHNIQUE, "2023-06", false, null); // another programme's record
        again.name = "腹腔镜胆囊癌根治术 ";
        Milestone c = milestone(MilestoneType.KEY_SPECIALTY, "2022", null, "03.04");
        Milestone d = milestone(MilestoneType.KEY_SPECIALTY, "2023-11", null, "03.04"); // the same department, promoted
        Milestone e = milestone(MilestoneType.KEY_SPECIALTY, "2023-11", null, "04.03");
        List<Milestone> all = List.of(a, b, c, d, e, again);
        assertEquals(BigDecimal.valueOf(2), MilestoneCounts.count("NEW_TECHNIQUES", all, Period.year(2023)),
                "one technique recorded twice at the hospital counts once");
        assertEquals(BigDecimal.ONE, MilestoneCounts.count("NEW_TECHNIQUES", all, Period.month(2023, 5)));
        assertEquals(BigDecimal.ONE, MilestoneCounts.count("NEW_TECHNIQUES_INDEPENDENT", all, Period.year(2023)));
        assertEquals(BigDecimal.ZERO, MilestoneCounts.count("NEW_TECHNIQUES_INDEPENDENT", all, Period.quarter(2023, 2)));
        assertEquals(BigDecimal.ONE, MilestoneCounts.count("KEY_SPECIALTIES", all, Period.year(2022)));
        assertEquals(BigDecimal.ONE, MilestoneCounts.count("KEY_SPECIALTIES", all, Period.month(2023, 10)));
        assertEquals(BigDecimal.valueOf(2), MilestoneCounts.count("KEY_SPECIALTIES", all, Period.year(2023)),
                "each department once");
    }

    static Milestone milestone(MilestoneType type, String achieved, Boolean independent, String department) {
        Milestone m = new Milestone();
        m.type = type;
        Achieved a = Achieved.parse(achieved, TODAY);
        m.achieved = a.text();
        m.achievedStart = a.start();
        m.achievedEnd = a.end();
        m.independent = independent;
        m.department = department;
        return m;
    }
}
