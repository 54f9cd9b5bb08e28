package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/** {@code expert.registered} / {@code expert.updated} (key = expert id). Schema: events/expert.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertEvent(UUID id, String name, UUID homeInstitutionId, String department, String title,
        String titleLevel, String degree, long version, Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code expert/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "expert";

    public static final String REGISTERED = "expert.registered";
    public static final String UPDATED = "expert.updated";
}
