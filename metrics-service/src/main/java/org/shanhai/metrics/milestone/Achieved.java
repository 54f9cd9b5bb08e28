package org.shanhai.metrics.milestone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Text;
import org.shanhai.metrics.period.Period;

/**
 * When a milestone was reached, as precisely as the source says: a year ({@code 2023}), a quarter, a
 * month ({@code 2023-05}) or a day ({@code 2023-05-12}). A milestone counts in a period that wholly
 * holds this (a technique of "2023" counts in 2023, not in any of its months). Pure.
 */
public record Achieved(String text, LocalDate start, LocalDate end) {

    /** Reads the text; a form it does not know, or a day after {@code today}, is an InvalidValueException saying why. */
    public static Achieved parse(String text, LocalDate today) {
        String t = text.strip();
        Achieved a;
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day;
            try {
                day = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(Text.of("'" + t + "' is not a day of the calendar",
                        "“" + t + "”不是有效的日期"));
            }
            a = new Achieved(t, day, day);
        } else {
            Period p;
            try {
                p = Period.parse(t);
            } catch (IllegalArgumentException e) {
                Text why = InvalidValueException.reasonOf(e);
                throw new InvalidValueException(Text.of(why.en().replace("; write", "; write a day (2023-05-12) or"),
                        why.zh().replace("；请填写", "；请填写日期（2023-05-12）或")));
            }
            a = new Achieved(p.toString(), p.start(), p.end());
        }
        if (a.start().isAfter(today)) {
            throw new InvalidValueException(Text.of("'" + t + "' is in the future (today is " + today + ")",
                    "“" + t + "”尚未到来（今天是 " + today + "）"));
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
