package org.shanhai.common.problem;

/**
 * A value a user sent that pure domain code (dates, periods, codes) refuses, with the reason in both
 * languages; the caller turns it into a problem naming its field ({@link #reasonOf}).
 */
public class InvalidValueException extends IllegalArgumentException {

    private final transient Text reason;

    public InvalidValueException(Text reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }

    /** The reason of a refusal: its own when it has both languages, else the library's words in both. */
    public static Text reasonOf(RuntimeException e) {
        return e instanceof InvalidValueException i ? i.reason
                : Text.of(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
    }
}
