package org.shanhai.metrics.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.shanhai.metrics.period.Period;

/**
 * An indicator's value for a period, from what was recorded (pure). A value recorded for the period
 * itself wins, and the point says how many finer periods were also there. Otherwise the period is
 * made of its parts by the indicator's rule, each part again recorded or made of its own parts (a
 * year of quarters, a quarter of months): SUM adds, LAST takes the latest part, AVERAGE averages,
 * and a RATIO is the ratio of its numerator's and denominator's values over the period, never an
 * average of the parts' rates. A missing part is never a zero: the point is partial and names what is
 * missing. A rate a report gave without its parts (REPORTED_RATE) stands for its own period only.
 */
public final class Aggregator {

    /** Decimal places of a computed ratio or average. */
    public static final int SCALE = 4;

    /** How an indicator aggregates, as this class needs it. */
    public record Rule(String code, String aggregation, boolean percent, String numerator, String denominator) {

        boolean isRatio() {
            return "RATIO".equals(aggregation);
        }
    }

    /** A value recorded for exactly one indicator and period. */
    public record Recorded(BigDecimal value, Basis basis) {
    }

    /** The recorded values, looked up by indicator code and period; the rules of the indicators named. */
    public interface Source {
        Optional<Recorded> recorded(String code, Period period);

        Rule rule(String code);
    }

    /** The value of one period, or why there is none. */
    public record Point(Period period, BigDecimal value, Basis basis, boolean partial, List<Period> missing,
            int finerPeriods, String note) {

        static Point missing(Period p, List<Period> missing, String note) {
            return new Point(p, null, null, false, missing, 0, note);
        }
    }

    private Aggregator() {
    }

    public static Point value(Source source, String code, Period period) {
        Rule rule = source.rule(code);
        Optional<Recorded> direct = source.recorded(code, period);
        if (rule.isRatio()) {
            return ratio(source, rule, period, direct);
        }
        if (direct.isPresent()) {
            return new Point(period, direct.get().value(), direct.get().basis(), false, List.of(),
                    countFiner(source, code, period), null);
        }
        if (period.type() == Period.Type.MONTH) {
            return Point.missing(period, List.of(period), "not reported");
        }
        List<Point> parts = new ArrayList<>();
        for (Period part : period.parts(finer(period.type()))) {
            parts.add(value(source, code, part));
        }
        List<Point> present = parts.stream().filter(p -> p.value() != null).toList();
        List<Period> missing = new ArrayList<>();
        parts.stream().filter(p -> p.value() == null).forEach(p -> missing.add(p.period()));
        parts.stream().filter(p -> p.value() != null).forEach(p -> missing.addAll(p.missing()));
        if (present.isEmpty()) {
            return Point.missing(period, List.of(period), "not reported, nor any part of it");
        }
        BigDecimal value = switch (rule.aggregation()) {
            case "SUM" -> present.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case "LAST" -> present.get(present.size() - 1).value();
            // every recorded value weighs the same, whatever level it was recorded at; rounded once
            case "AVERAGE" -> {
                List<BigDecimal> leaves = leaves(source, code, period);
                yield leaves.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(leaves.size()), SCALE, RoundingMode.HALF_UP);
            }
            default -> throw new IllegalStateException("aggregation " + rule.aggregation());
        };
        boolean partial = !missing.isEmpty();
        String note = partial ? "partial: not reported " + names(missing) : null;
        if ("LAST".equals(rule.aggregation()) && parts.get(parts.size() - 1).value() == null) {
            note = "partial: the latest part (" + parts.get(parts.size() - 1).period() + ") is not reported; the value is "
                    + present.get(present.size() - 1).period() + "'s";
        }
        return new Point(period, value, Basis.AGGREGATED, partial, List.copyOf(missing),
                countFiner(source, code, period), note);
    }

    /**
     * A ratio: numerator and denominator over the period (each by its own rule), × 100 for a percentage,
     * computed only when both cover the same parts of the period; never an average of the parts' rates.
     */
    private static Point ratio(Source source, Rule rule, Period period, Optional<Recorded> direct) {
        Point num = value(source, rule.numerator(), period);
        Point den = value(source, rule.denominator(), period);
        boolean both = num.value() != null && den.value() != null;
        boolean sameParts = both && new HashSet<>(num.missing()).equals(new HashSet<>(den.missing()));
        boolean zero = both && den.value().signum() == 0;
        if (sameParts && !zero) {
            BigDecimal value = num.value().multiply(rule.percent() ? BigDecimal.valueOf(100) : BigDecimal.ONE)
                    .divide(den.value(), SCALE, RoundingMode.HALF_UP);
            List<Period> missing = List.copyOf(num.missing());
            boolean partial = !missing.isEmpty();
            if (partial && direct.isPresent()) { // a complete reported value beats a ratio of some months
                return new Point(period, direct.get().value(), direct.get().basis(), false, List.of(), 0,
                        "the numerator and denominator cover only part of the period (" + names(missing)
                                + " missing): the " + direct.get().basis() + " value is used");
            }
            if (partial && hasReportedRateInside(source, rule.code(), period)) {
                return Point.missing(period, missing, "parts of the period have only rates reported without their "
                        + "parts, which are not aggregated over a longer period");
            }
            String note = partial ? "partial: the numerator and denominator are not reported for " + names(missing) : null;
            if (direct.isPresent() && direct.get().value().compareTo(value.setScale(direct.get().value().scale(),
                    RoundingMode.HALF_UP)) != 0) {
                note = (note == null ? "" : note + "; ") + "computed from " + rule.numerator() + "/" + rule.denominator()
                        + "; the " + direct.get().basis() + " value " + direct.get().value().toPlainString() + " differs";
            }
            return new Point(period, value, Basis.AGGREGATED, partial, missing, 0, note);
        }
        if (direct.isPresent()) { // a reported rate, for its own period only
            return new Point(period, direct.get().value(), direct.get().basis(), false, List.of(), 0,
                    direct.get().basis() == Basis.REPORTED_RATE ? "a rate reported without its parts" : null);
        }
        List<Period> missing = new ArrayList<>(num.missing());
        den.missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
        String why = zero ? "the denominator " + rule.denominator() + " is 0"
                : both ? "the numerator and denominator are reported for different parts of the period (numerator missing "
                        + (num.missing().isEmpty() ? "nothing" : names(num.missing())) + ", denominator missing "
                        + (den.missing().isEmpty() ? "nothing" : names(den.missing())) + ")"
                : "needs " + rule.numerator() + " and " + rule.denominator() + " for the period";
        String reported = hasReportedRateInside(source, rule.code(), period)
                ? "; rates reported without their parts are not aggregated over a longer period" : "";
        return Point.missing(period, missing.isEmpty() ? List.of(period) : List.copyOf(missing), why + reported);
    }

    /** The values recorded at whatever level for the period: itself, or else its parts' (for AVERAGE). */
    private static List<BigDecimal> leaves(Source source, String code, Period period) {
        Optional<Recorded> direct = source.recorded(code, period);
        if (direct.isPresent()) {
            return List.of(direct.get().value());
        }
        if (period.type() == Period.Type.MONTH) {
            return List.of();
        }
        List<BigDecimal> all = new ArrayList<>();
        for (Period part : period.parts(finer(period.type()))) {
            all.addAll(leaves(source, code, part));
        }
        return all;
    }

    private static boolean hasReportedRateInside(Source source, String code, Period period) {
        if (period.type() == Period.Type.MONTH) {
            return false;
        }
        for (Period part : period.parts(finer(period.type()))) {
            if (source.recorded(code, part).map(r -> r.basis() == Basis.REPORTED_RATE).orElse(false)
                    || hasReportedRateInside(source, code, part)) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<Period> periods) {
        return String.join(", ", periods.stream().map(Period::toString).toList());
    }

    private static int countFiner(Source source, String code, Period period) {
        if (period.type() == Period.Type.MONTH) {
            return 0;
        }
        int n = 0;
        for (Period part : period.parts(finer(period.type()))) {
            n += (source.recorded(code, part).isPresent() ? 1 : 0) + countFiner(source, code, part);
        }
        return n;
    }

    private static Period.Type finer(Period.Type t) {
        return t == Period.Type.YEAR ? Period.Type.QUARTER : Period.Type.MONTH;
    }
}
