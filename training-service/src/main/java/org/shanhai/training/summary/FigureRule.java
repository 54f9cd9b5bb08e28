package org.shanhai.training.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one institution's figure for one measure is made from its recorded records and the totals
 * reports give (pure). Only a total whose span lies inside the window counts. Totals whose spans
 * overlap are never added together: of those, the widest is used (then the latest end), since a
 * later report of the same programme includes the earlier one; totals of separate spans (two annual
 * reports) are both used. The figure is the totals used plus the records dated outside their spans;
 * records inside a span are already contained in its total and are never added on top of it. The
 * measures are counts of records or of arrivals, so records of separate spans add up.
 */
public final class FigureRule {

    /** A reported total as this rule needs it. */
    public record Total(Object id, LocalDate from, LocalDate to, long count) {

        boolean overlaps(Total o) {
            return !to.isBefore(o.from) && !o.to.isBefore(from);
        }
    }

    /** The recorded count over a span of days (0 when from is after to). */
    @FunctionalInterface
    public interface RecordedCount {
        long over(LocalDate from, LocalDate to);
    }

    /** The figure, its basis, the totals used, and the records left out because the totals contain them. */
    public record Result(long figure, Basis basis, List<Total> used, long recordedInWindow, long recordedContained) {
    }

    private FigureRule() {
    }

    public static Result figure(LocalDate from, LocalDate to, List<Total> totals, RecordedCount recorded) {
        long inWindow = recorded.over(from, to);
        List<Total> candidates = new ArrayList<>(totals.stream()
                .filter(t -> !t.from().isBefore(from) && !t.to().isAfter(to)).toList());
        candidates.sort(Comparator.comparingLong((Total t) -> ChronoUnit.DAYS.between(t.from(), t.to()))
                .thenComparing(Total::to).reversed());
        List<Total> used = new ArrayList<>();
        for (Total t : candidates) {
            if (used.stream().noneMatch(t::overlaps)) {
                used.add(t);
            }
        }
        if (used.isEmpty()) {
            return new Result(inWindow, Basis.RECORDED, List.of(), inWindow, 0);
        }
        used.sort(Comparator.comparing(Total::from));
        long outside = 0;
        LocalDate gapStart = from;
        for (Total t : used) {
            outside += recorded.over(gapStart, t.from().minusDays(1));
            gapStart = t.to().plusDays(1);
        }
        outside += recorded.over(gapStart, to);
        long reported = used.stream().mapToLong(Total::count).sum();
        return new Result(reported + outside, outside > 0 ? Basis.REPORTED_AND_RECORDED : Basis.REPORTED,
                List.copyOf(used), inWindow, Math.max(0, inWindow - outside));
    }
}
