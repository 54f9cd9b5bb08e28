package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code training-activity.recorded} / {@code training-activity.corrected} on training.events (key =
 * programme id): one teaching round, demonstration, lecture... at a recipient institution on one day.
 * A correction carries the new state and, in {@code changes}, the old and new value of each changed
 * field, so that a consumer counting activities can take the old figures off and add the new ones.
 * {@code hours} is a decimal string. Schema: events/training-activity.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingActivityEvent(UUID id, UUID programmeId, UUID institutionId, String type, String date,
        String department, UUID leadExpertId, String topic, int attendeeCount, String hours, long version,
        Map<String, Change> changes) {

    public static final String AGGREGATE = "training-activity";

    public static final String RECORDED = "training-activity.recorded";
    public static final String CORRECTED = "training-activity.corrected";
}
