package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of {@code programme.registered}, {@code programme.updated} and
 * {@code programme.status-changed} on {@code programme.events} (key = programme id): the
 * programme's current state and, on change, what changed. Schema: {@code events/programme.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeEvent(
        UUID id,
        String code,
        String name,
        String scheme,
        UUID leadInstitutionId,
        List<UUID> partnerInstitutionIds,
        List<Recipient> recipients,
        String startDate,
        String endDate,
        String status,
        String statusReason,
        List<String> objectives,
        List<String> focusDepartments,
        long version,
        Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code programme/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "programme";

    public static final String REGISTERED = "programme.registered";
    public static final String UPDATED = "programme.updated";
    public static final String STATUS_CHANGED = "programme.status-changed";

    public record Recipient(UUID institutionId, boolean primary) {
    }
}
