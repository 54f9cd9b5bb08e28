package org.shanhai.common.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of every service. Timestamps are UTC with microseconds (what PostgreSQL keeps, so
 * a value read back equals the value written); calendar dates ("today") are China Standard Time,
 * as the contract says.
 */
public final class Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
