package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code observation.approval-changed} on metrics.events (key = institution id): an institution's data
 * for a year moved DRAFT → SUBMITTED → APPROVED, or back to DRAFT with a reason. {@code comment} is the
 * reporter's explanation of the validation violations {@code violations} counts at submission.
 * Schema: events/observation-approval.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalEvent(UUID id, UUID institutionId, int year, String state, String reason, String comment,
        int violations, long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "observation-approval";

    public static final String CHANGED = "observation.approval-changed";
}
