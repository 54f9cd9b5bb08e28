package org.shanhai.common.time;

import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Calendar dates as the API accepts them: ISO 8601 ({@code 2025-03-01}) within a plausible range.
 * PostgreSQL cannot store every date Java can parse ({@code +9999999-01-01}); a date outside the
 * range is the client's mistake, answered with a 400 that names the field, never a 500.
 */
public final class Dates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2999, 12, 31);

    private Dates() {
    }

    /** Parses a date; throws {@link InvalidValueException} with a message for the user. */
    public static LocalDate parse(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(Text.of("'" + text + "' is not a date (YYYY-MM-DD)",
                    "“" + text + "”不是日期（YYYY-MM-DD）"));
        }
        if (d.isBefore(MIN) || d.isAfter(MAX)) {
            throw new InvalidValueException(Text.of("'" + text + "' is outside the supported range " + MIN + " to " + MAX,
                    "“" + text + "”超出支持的范围 " + MIN + " 至 " + MAX));
        }
        return d;
    }
}
