package org.shanhai.training.registry;

import java.time.LocalDate;
import java.util.List;
import org.shanhai.common.problem.Text;
import org.shanhai.common.time.Clock;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.StatusChange;

/**
 * Whether a record dated {@code day} (an activity, a mentorship's start, a secondment's start) fits its
 * programme: the day lies within the programme's period (start to end, or to today while open) and is
 * not in the future; the programme has been activated (a PLANNED one takes nothing); and no suspension
 * or completion was in force that day. A suspension or completion does not block days before it took
 * effect (its calendar day in China Standard Time): hospitals enter past years' logs. A resumption
 * (ACTIVE again) lifts a suspension from its own day on. Pure: the status history is passed in.
 */
public final class ProgrammePeriod {

    /** Why the day does not fit, naming the request field at fault ({@code programmeId} or the date field). */
    public record Refusal(boolean programmeAtFault, Text message) {
    }

    private ProgrammePeriod() {
    }

    /** Null when a record dated {@code day} fits the programme; else why not. */
    public static Refusal check(LocalDate start, LocalDate end, List<StatusChange> history, LocalDate day,
            LocalDate today) {
        if (history.stream().noneMatch(s -> "ACTIVE".equals(s.status()))) {
            return new Refusal(true, Text.of("the programme has not been activated (it is PLANNED): it takes no records yet",
                    "项目尚未启动（状态为 PLANNED）：暂不接受记录"));
        }
        if (day.isAfter(today)) {
            return new Refusal(false, Text.of("is in the future (today is " + today + ")", "晚于今天（今天是 " + today + "）"));
        }
        if (day.isBefore(start)) {
            return new Refusal(false, Text.of("is before the programme's start on " + start, "早于项目开始日期 " + start));
        }
        if (end != null && day.isAfter(end)) {
            return new Refusal(false, Text.of("is after the programme's end on " + end, "晚于项目结束日期 " + end));
        }
        // the status in force on that day: the last change that took effect on or before it
        StatusChange inForce = null;
        for (StatusChange s : history) {
            LocalDate from = s.effectiveAt().atZoneSameInstant(Clock.CHINA).toLocalDate();
            if (!from.isAfter(day) && !"PLANNED".equals(s.status())) {
                inForce = s;
            }
        }
        if (inForce != null && ("SUSPENDED".equals(inForce.status()) || "COMPLETED".equals(inForce.status()))) {
            LocalDate since = inForce.effectiveAt().atZoneSameInstant(Clock.CHINA).toLocalDate();
            return new Refusal(false, Text.of("falls when the programme was " + inForce.status() + " (from " + since + ")",
                    "该日项目处于 " + inForce.status() + " 状态（自 " + since + " 起）"));
        }
        return null;
    }
}
