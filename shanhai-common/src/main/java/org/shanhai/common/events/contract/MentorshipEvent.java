package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code mentorship.started} / {@code .completed} / {@code .discontinued} on training.events (key =
 * programme id): 师带徒, an expert and a local staff member (by id: staff names never travel), the
 * techniques to be learned and, once completed, whether each is now performed independently.
 * Schema: events/mentorship.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MentorshipEvent(UUID id, UUID programmeId, UUID mentorExpertId, UUID apprenticeId, UUID institutionId,
        String department, String startDate, List<Technique> techniques, String status, String endDate,
        String reason, long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "mentorship";

    public static final String STARTED = "mentorship.started";
    public static final String COMPLETED = "mentorship.completed";
    public static final String DISCONTINUED = "mentorship.discontinued";

    /** A technique to be learned; {@code independent} is absent until the mentorship is completed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Technique(String name, Boolean independent) {
    }
}
