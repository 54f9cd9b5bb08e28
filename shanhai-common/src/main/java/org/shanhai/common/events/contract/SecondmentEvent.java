package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code secondment.started} / {@code secondment.completed} on training.events (key = programme id):
 * a local staff member (by id) of a recipient institution at a supporting institution for further
 * study (进修), shadowing (跟岗) or standardised residency (规培). Schema: events/secondment.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondmentEvent(UUID id, UUID programmeId, UUID staffId, UUID institutionId, UUID hostInstitutionId,
        String type, String department, String startDate, String endDate, String status, String qualification,
        long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "secondment";

    public static final String STARTED = "secondment.started";
    public static final String COMPLETED = "secondment.completed";
}
