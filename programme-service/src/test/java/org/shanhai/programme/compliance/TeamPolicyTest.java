package org.shanhai.programme.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamPolicyTest {

    static List<String> rules(TeamPolicy.BatchFacts f) {
        return TeamPolicy.check(f).stream().map(TeamPolicy.Warning::rule).toList();
    }

    @Test
    void aFullTeamForAYearMeetsEveryRule() {
        assertEquals(List.of(), rules(new TeamPolicy.BatchFacts(5, 1, LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30), true)));
    }

    @Test
    void eachRuleOnItsOwn() {
        LocalDate start = LocalDate.of(2021, 7, 1);
        assertEquals(List.of("TEAM_SIZE"), rules(new TeamPolicy.BatchFacts(4, 1, start, start.plusYears(1), true)));
        assertEquals(List.of("SENIOR_TITLE"), rules(new TeamPolicy.BatchFacts(5, 0, start, start.plusYears(1), true)));
        assertEquals(List.of("ON_SITE_ONE_YEAR"), rules(new TeamPolicy.BatchFacts(5, 1, start, LocalDate.of(2022, 6, 29), true)));
        assertEquals(List.of("ON_SITE_ONE_YEAR"), rules(new TeamPolicy.BatchFacts(5, 1, start, null, true)));
        assertEquals(List.of("TEAM_LEADER"), rules(new TeamPolicy.BatchFacts(5, 1, start, start.plusYears(2), false)));
    }

    @Test
    void saysHowShortTheStayWas() {
        var w = TeamPolicy.check(new TeamPolicy.BatchFacts(5, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), true));
        assertEquals("on site 181 days (at least one year)", w.get(0).message());
    }
}
