package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code target.set} / {@code target.removed} on metrics.events (key = programme id): a programme's
 * target for one indicator at one recipient, from a baseline (period and value) to a target (period and
 * value); values are exact decimal strings. Schema: events/target.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetEvent(UUID id, UUID programmeId, UUID institutionId, String indicatorCode, String baselinePeriod,
        String baselineValue, String targetPeriod, String targetValue, long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "target";

    public static final String SET = "target.set";
    public static final String REMOVED = "target.removed";
}
