package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code assignment.started} / {@code assignment.updated} / {@code assignment.ended}
 * (key = programme id): an expert posted, in a batch, to a recipient institution.
 * Schema: events/assignment.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentEvent(UUID id, UUID programmeId, UUID batchId, UUID expertId, UUID institutionId,
        List<String> roles, String department, String startDate, String endDate, long version,
        Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code assignment/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "assignment";

    public static final String STARTED = "assignment.started";
    public static final String UPDATED = "assignment.updated";
    public static final String ENDED = "assignment.ended";
}
