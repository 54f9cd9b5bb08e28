package org.shanhai.metrics.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Text;

/**
 * A reporting period in the DHIS2-style forms the users write: {@code 2025} (a year), {@code 2025Q3}
 * (a quarter), {@code 2025-07} (a month). Calendar periods: a quarter is three calendar months, a
 * year twelve. Immutable; ordered by start date, then coarser first. Pure: no clock, no database.
 */
public final class Period implements Comparable<Period> {

    public enum Type {
        YEAR, QUARTER, MONTH;

        /** Whether periods of this type are made of periods of {@code finer} (a year of quarters and months...). */
        public boolean isCoarserThan(Type finer) {
            return ordinal() < finer.ordinal();
        }
    }

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final Type type;
    private final int year;
    /** The quarter (1-4) or month (1-12); 0 for a year. */
    private final int index;

    private Period(Type type, int year, int index) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException(Text.of("the year must lie between " + MIN_YEAR + " and " + MAX_YEAR,
                    "年份应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间"));
        }
        this.type = type;
        this.year = year;
        this.index = index;
    }

    public static Period year(int year) {
        return new Period(Type.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException(Text.of("a quarter is Q1 to Q4", "季度应为 Q1 至 Q4"));
        }
        return new Period(Type.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException(Text.of("a month is 01 to 12", "月份应为 01 至 12"));
        }
        return new Period(Type.MONTH, year, month);
    }

    /** The period a day falls in, of the given type. */
    public static Period of(Type type, LocalDate day) {
        return switch (type) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(day.getYear(), day.getMonthValue());
        };
    }

    /**
     * Parses {@code 2025}, {@code 2025Q3} or {@code 2025-07}; anything else ({@code 2025Q5},
     * {@code 2025-13}, {@code 25}, {@code 2025-7}) is an {@link InvalidValueException} whose reason says why.
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(Text.of("is empty; write 2025, 2025Q3 or 2025-07",
                    "为空；请填写 2025、2025Q3 或 2025-07"));
        }
        String t = text.strip();
        if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
            return month(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10)); // the usual case, without a matcher
        }
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (t.matches("\\d{4}Q\\d+")) {
            throw new InvalidValueException(Text.of("'" + t + "': a quarter is Q1 to Q4",
                    "“" + t + "”：季度应为 Q1 至 Q4"));
        }
        throw new InvalidValueException(Text.of(
                "'" + t + "' is not a period; write a year (2025), a quarter (2025Q3) or a month (2025-07)",
                "“" + t + "”不是期间；请填写年（2025）、季度（2025Q3）或月（2025-07）"));
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public Type type() {
        return type;
    }

    public int year() {
        return year;
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day (inclusive): a February's 28th or 29th, a quarter's 31 March, 30 June... */
    public LocalDate end() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    public long days() {
        return end().toEpochDay() - start().toEpochDay() + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** Whether {@code other} lies wholly inside this period (a period contains itself). */
    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** The period of the same type just before (2025Q1 → 2024Q4, 2025-01 → 2024-12); none before 1900. */
    public Period previous() {
        return switch (type) {
            case YEAR -> year(year - 1);
            case QUARTER -> index == 1 ? quarter(year - 1, 4) : quarter(year, index - 1);
            case MONTH -> index == 1 ? month(year - 1, 12) : month(year, index - 1);
        };
    }

    public Period next() {
        return switch (type) {
            case YEAR -> year(year + 1);
            case QUARTER -> index == 4 ? quarter(year + 1, 1) : quarter(year, index + 1);
            case MONTH -> index == 12 ? month(year + 1, 1) : month(year, index + 1);
        };
    }

    /** The same period a year earlier (同比: 2025Q3 → 2024Q3). */
    public Period sameLastYear() {
        return new Period(type, year - 1, index);
    }

    /** The periods of a finer type that make this one up, in order (a year's 4 quarters or 12 months). */
    public List<Period> parts(Type finer) {
        if (!type.isCoarserThan(finer)) {
            throw new IllegalArgumentException(finer + " is not finer than " + type);
        }
        List<Period> parts = new ArrayList<>();
        Period p = of(finer, start());
        parts.add(p);
        while (p.end().isBefore(end())) { // never asks for the period after 2999-12
            p = p.next();
            parts.add(p);
        }
        return parts;
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : type.compareTo(o.type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.year == year && p.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, year, index);
    }

    /** The canonical form: {@code 2025}, {@code 2025Q3}, {@code 2025-07}. */
    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + index;
            case MONTH -> year + (index < 10 ? "-0" : "-") + index; // not String.format: an import formats 200,000
        };
    }
}
