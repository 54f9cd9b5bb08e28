package org.shanhai.metrics.period;

import java.time.LocalDate;
import java.util.Objects;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Text;

/**
 * A figure's period: one period ({@code 2024}) or a span of whole periods of one type
 * ({@code 2022..2024}, {@code 2022-01..2023-06}) for what reports give over several years. A span is
 * kept as such: it is never split across the periods it covers. Pure.
 */
public final class PeriodSpan {

    private final Period first;
    private final Period last;
    /** {@link #toString()}, made once: it is the key an observation is stored and found by. */
    private String text;

    private PeriodSpan(Period first, Period last) {
        this.first = first;
        this.last = last;
    }

    public static PeriodSpan of(Period single) {
        return new PeriodSpan(single, single);
    }

    /** Parses a period or {@code first..last} of the same type with first before last. */
    public static PeriodSpan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(Text.of("is empty; write 2025, 2025Q3, 2025-07 or a span such as 2022..2024",
                    "为空；请填写 2025、2025Q3、2025-07 或 2022..2024 这样的期间跨度"));
        }
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots < 0) {
            return of(Period.parse(t));
        }
        Period first = Period.parse(t.substring(0, dots));
        Period last = Period.parse(t.substring(dots + 2));
        if (first.type() != last.type()) {
            throw new InvalidValueException(Text.of(
                    "'" + t + "': both ends of a span are of one kind (years, quarters or months)",
                    "“" + t + "”：期间跨度的首尾应为同一种期间（均为年、均为季度或均为月）"));
        }
        if (!first.start().isBefore(last.start())) {
            throw new InvalidValueException(Text.of("'" + t + "': the span's first period must come before its last",
                    "“" + t + "”：期间跨度的起始期间应早于结束期间"));
        }
        return new PeriodSpan(first, last);
    }

    /**
     * The span of whole periods that is exactly {@code from..to}, in the coarsest kind that fits
     * (years, then quarters, then months); empty when the days do not begin and end a month.
     */
    public static java.util.Optional<PeriodSpan> exactly(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return java.util.Optional.empty();
        }
        for (Period.Type type : Period.Type.values()) {
            Period a = Period.of(type, from);
            Period b = Period.of(type, to);
            if (a.start().equals(from) && b.end().equals(to)) {
                return java.util.Optional.of(new PeriodSpan(a, b));
            }
        }
        return java.util.Optional.empty();
    }

    /** The months from {@code from}'s to {@code to}'s: the smallest span of months holding both days. */
    public static PeriodSpan months(LocalDate from, LocalDate to) {
        return new PeriodSpan(Period.of(Period.Type.MONTH, from), Period.of(Period.Type.MONTH, to));
    }

    public Period first() {
        return first;
    }

    public Period last() {
        return last;
    }

    public boolean isSingle() {
        return first.equals(last);
    }

    /** The single period, when this is one. */
    public Period single() {
        if (!isSingle()) {
            throw new IllegalStateException(this + " is a span");
        }
        return first;
    }

    public LocalDate start() {
        return first.start();
    }

    public LocalDate end() {
        return last.end();
    }

    /** Whether the period lies wholly inside the span. */
    public boolean contains(Period p) {
        return !p.start().isBefore(start()) && !p.end().isAfter(end());
    }

    /** Whether the span lies wholly inside {@code from..to} (as a window of a report). */
    public boolean within(LocalDate from, LocalDate to) {
        return !start().isBefore(from) && !end().isAfter(to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodSpan s && s.first.equals(first) && s.last.equals(last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    /** {@code 2024}, or {@code 2022..2024}. */
    @Override
    public String toString() {
        String t = text; // immutable and derived: a race only makes it twice
        if (t == null) {
            t = isSingle() ? first.toString() : first + ".." + last;
            text = t;
        }
        return t;
    }
}
