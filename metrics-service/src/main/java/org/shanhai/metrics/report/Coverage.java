package org.shanhai.metrics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.shanhai.common.codes.Label;

import java.util.Set;
import org.shanhai.metrics.period.Period;

/**
 * Whether an indicator is reported for a period: a value for the period itself, or for every one of
 * its parts at one finer granularity (twelve months or four quarters of a year). Some parts only is
 * partial, and says how many. Pure: the service gathers the periods that have values.
 */
public final class Coverage {

    @Schema(name = "CoverageStatus")
    @Label(zh = "覆盖情况", en = "Coverage")
    public enum Status {
        @Label(zh = "完整", en = "Complete")
        COMPLETE,
        @Label(zh = "部分", en = "Partial")
        PARTIAL,
        @Label(zh = "无", en = "None")
        NONE
    }

    /** The status, and for a partial one how much of the period is covered ("7 of 12 months"). */
    public record Result(Status status, String detail) {
    }

    private Coverage() {
    }

    /** {@code reported}: canonical texts of the periods with a value ("2025", "2025Q1", "2025-07"). */
    public static Result of(Period period, Set<String> reported) {
        if (reported.contains(period.toString())) {
            return new Result(Status.COMPLETE, null);
        }
        Result best = new Result(Status.NONE, null);
        int bestShare = 0;
        for (Period.Type finer : Period.Type.values()) {
            if (!period.type().isCoarserThan(finer)) {
                continue;
            }
            var parts = period.parts(finer);
            long present = parts.stream().filter(p -> reported.contains(p.toString())).count();
            if (present == parts.size()) {
                return new Result(Status.COMPLETE, null);
            }
            int share = (int) (present * 1000 / parts.size());
            if (present > 0 && share > bestShare) {
                bestShare = share;
                best = new Result(Status.PARTIAL, present + " of " + parts.size() + " "
                        + (finer == Period.Type.MONTH ? "months" : "quarters"));
            }
        }
        return best;
    }
}
