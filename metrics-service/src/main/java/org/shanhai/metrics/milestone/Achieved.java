package org.shanhai.metrics.milestone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shanhai.metrics.period.Period;

/**
 * When a milestone was reached, as precisely as the source says: a year ({@code 2023}), a quarter, a
 * month ({@code 2023-05}) or a day ({@code 2023-05-12}). A milestone counts in a period that wholly
 * holds this (a technique of "2023" counts in 2023, not in any of its months). Pure.
 */
public record Achieved(String text, LocalDate start, LocalDate end) {

    /** Reads the text; a form it does not know, or a day after {@code today}, is an IllegalArgumentException saying why. */
    public static Achieved parse(String text, LocalDate today) {
        String t = text.strip();
        Achieved a;
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day;
            try {
                day = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is not a day of the calendar");
            }
            a = new Achieved(t, day, day);
        } else {
            Period p;
            try {
                p = Period.parse(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace("; write", "; write a day (2023-05-12) or"));
            }
            a = new Achieved(p.toString(), p.start(), p.end());
        }
        if (a.start().isAfter(today)) {
            throw new IllegalArgumentException("'" + t + "' is in the future (today is " + today + ")");
        }
        return a;
    }

    /** Whether a period wholly holds it. */
    public boolean within(Period p) {
        return !start.isBefore(p.start()) && !end.isAfter(p.end());
    }

    /** Whether it was reached by the end of the period. */
    public boolean by(Period p) {
        return !end.isAfter(p.end());
    }
}
