package org.shanhai.programme.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual rules for a 组团式 team batch: at least 5 people, at least one at 副高 or above, at
 * least one year on site, a team leader named. Pure: it reports, it never blocks data entry.
 */
public final class TeamPolicy {

    public static final int MIN_TEAM_SIZE = 5;
    public static final int MIN_SENIOR = 1;

    private TeamPolicy() {
    }

    /** What is known of a batch, for the check. */
    public record BatchFacts(int teamSize, int associateSeniorOrAbove, LocalDate start, LocalDate end,
            boolean leaderNamed) {
    }

    public record Warning(String rule, String message) {
    }

    public static List<Warning> check(BatchFacts f) {
        List<Warning> w = new ArrayList<>();
        if (f.teamSize() < MIN_TEAM_SIZE) {
            w.add(new Warning("TEAM_SIZE", "队伍人数 " + f.teamSize() + " (at least " + MIN_TEAM_SIZE + ")"));
        }
        if (f.associateSeniorOrAbove() < MIN_SENIOR) {
            w.add(new Warning("SENIOR_TITLE", "no member at 副高 or above"));
        }
        if (f.end() == null) {
            w.add(new Warning("ON_SITE_ONE_YEAR", "no end date: the time on site cannot be checked"));
        } else if (f.end().isBefore(f.start().plusYears(1).minusDays(1))) {
            w.add(new Warning("ON_SITE_ONE_YEAR", "on site " + (ChronoUnit.DAYS.between(f.start(), f.end()) + 1)
                    + " days (at least one year)"));
        }
        if (!f.leaderNamed()) {
            w.add(new Warning("TEAM_LEADER", "no team leader (队长) named"));
        }
        return w;
    }
}
