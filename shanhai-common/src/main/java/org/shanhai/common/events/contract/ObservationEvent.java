package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code observation.recorded} on metrics.events (key = institution id): an indicator's current
 * value for an institution, period (or span) and department, recorded, changed or voided; on a
 * change, {@code changes} gives the old and new value. {@code value} is an exact decimal string.
 * Schema: events/observation.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationEvent(UUID id, UUID institutionId, String indicatorCode, long indicatorVersion, String period,
        String department, String value, String basis, boolean voided, String voidReason, long version,
        Map<String, Change> changes) {

    public static final String AGGREGATE = "observation";

    public static final String RECORDED = "observation.recorded";
}
