package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** {@code workstation.established} (key = programme id). Schema: events/workstation.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkstationEvent(UUID id, UUID programmeId, UUID institutionId, String name, String kind,
        String department, UUID leadExpertId, String establishedDate) {

    /** The aggregate type: {@code ce_subject} is {@code workstation/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "workstation";

    public static final String ESTABLISHED = "workstation.established";
}
