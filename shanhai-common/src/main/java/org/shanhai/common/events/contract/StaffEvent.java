package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code staff.registered} / {@code staff.updated} on training.events (key = institution id). No
 * names: the topics are kept forever, and a name is personal data; a changed name shows only as
 * {@code changes.name = {old: "(withheld)", value: "(withheld)"}}. Schema: events/staff.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffEvent(UUID id, UUID institutionId, String department, String title, long version,
        Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code staff/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "staff";

    public static final String REGISTERED = "staff.registered";
    public static final String UPDATED = "staff.updated";

    /** What stands for a name in a change list. */
    public static final String WITHHELD = "(withheld)";
}
