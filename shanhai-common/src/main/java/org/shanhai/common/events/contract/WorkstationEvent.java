package org.shanhai.common.events.contract;

import java.util.UUID;

/** {@code workstation.established} (key = programme id). Schema: events/workstation.schema.json. */
public record WorkstationEvent(UUID id, UUID programmeId, UUID institutionId, String name, String kind,
        String department, UUID leadExpertId, String establishedDate) {

    public static final String ESTABLISHED = "workstation.established";
}
