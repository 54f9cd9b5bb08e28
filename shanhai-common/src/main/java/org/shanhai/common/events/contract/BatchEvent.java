package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/** {@code batch.created} / {@code batch.updated} (key = programme id). Schema: events/batch.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchEvent(UUID id, UUID programmeId, int sequence, String startDate, String endDate,
        UUID leaderExpertId, long version, Map<String, Change> changes) {

    public static final String CREATED = "batch.created";
    public static final String UPDATED = "batch.updated";
}
