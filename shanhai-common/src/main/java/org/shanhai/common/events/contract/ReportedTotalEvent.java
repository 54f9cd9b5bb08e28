package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * {@code training-total.reported} on training.events (key = programme id): an aggregate figure a
 * report gives for a span of days ("教学查房1500余次 since 2022"), with its source. It is not a sum of
 * records and must never be spread over the months it does not name. Schema: events/training-total.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportedTotalEvent(UUID id, UUID programmeId, UUID institutionId, String type, String from, String to,
        long count, Long attendances, Source source, long version) {

    public static final String AGGREGATE = "training-total";

    public static final String REPORTED = "training-total.reported";

    /** Where the figure was published: the report, its date, and the words it used (absent, not null, when none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String report, String date, String quote) {
    }
}
