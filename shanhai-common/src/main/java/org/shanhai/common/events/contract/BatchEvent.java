package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/** {@code batch.created} / {@code batch.updated} (key = programme id). Schema: events/batch.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchEvent(UUID id, UUID programmeId, int sequence, String startDate, String endDate,
        UUID leaderExpertId, long version, Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code batch/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "batch";

    public static final String CREATED = "batch.created";
    public static final String UPDATED = "batch.updated";
}
