package org.shanhai.metrics.period;

import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;

/** Periods given in a request's path or query: what cannot be read is a 400 naming the parameter. */
public final class PeriodParameters {

    private PeriodParameters() {
    }

    public static PeriodSpan span(String parameter, String text) {
        try {
            return PeriodSpan.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQuery(parameter, InvalidValueException.reasonOf(e));
        }
    }

    /** One period that has a year before it (a comparison with the same period a year earlier). */
    public static Period comparable(String parameter, String text) {
        Period p = single(parameter, text);
        if (p.start().getYear() <= Period.MIN_YEAR) {
            throw Problems.invalidQuery(parameter, Text.of(
                    "is compared with the year before: it must be after " + Period.MIN_YEAR,
                    "需与上年同期比较：应晚于 " + Period.MIN_YEAR + " 年"));
        }
        return p;
    }

    public static Period single(String parameter, String text) {
        PeriodSpan s = span(parameter, text);
        if (!s.isSingle()) {
            throw Problems.invalidQuery(parameter, Text.of("is one period, not a span", "应为单个期间，而非期间跨度"));
        }
        return s.single();
    }
}
