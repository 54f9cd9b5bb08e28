package org.shanhai.training.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How one institution's figure for one measure is made from its recorded records and the totals
 * reports give (pure). Only a total whose span lies inside the window counts. Of several, the widest
 * span is used (then the latest end): a later report of the same programme includes the earlier one.
 * The figure is that total plus the records dated outside its span; records inside the span are
 * already contained in the total and are never added on top of it.
 */
public final class FigureRule {

    /** A reported total as this rule needs it. */
    public record Total(Object id, LocalDate from, LocalDate to, long count) {
    }

    /** The recorded count over a span of days. */
    @FunctionalInterface
    public interface RecordedCount {
        long over(LocalDate from, LocalDate to);
    }

    /** The figure, its basis, the total used (or none), and the records left out because the total contains them. */
    public record Result(long figure, Basis basis, Optional<Total> used, long recordedInWindow, long recordedContained) {
    }

    private FigureRule() {
    }

    public static Result figure(LocalDate from, LocalDate to, List<Total> totals, RecordedCount recorded) {
        long inWindow = recorded.over(from, to);
        Optional<Total> chosen = totals.stream()
                .filter(t -> !t.from().isBefore(from) && !t.to().isAfter(to))
                .max(Comparator.comparingLong((Total t) -> ChronoUnit.DAYS.between(t.from(), t.to()))
                        .thenComparing(Total::to));
        if (chosen.isEmpty()) {
            return new Result(inWindow, Basis.RECORDED, Optional.empty(), inWindow, 0);
        }
        Total t = chosen.get();
        long outside = recorded.over(from, t.from().minusDays(1)) + recorded.over(t.to().plusDays(1), to);
        long contained = Math.max(0, inWindow - outside);
        return new Result(t.count() + outside, outside > 0 ? Basis.REPORTED_AND_RECORDED : Basis.REPORTED, chosen,
                inWindow, contained);
    }
}
