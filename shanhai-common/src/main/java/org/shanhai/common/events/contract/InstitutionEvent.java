package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of {@code institution.registered} and {@code institution.updated} on
 * {@code programme.events}: the institution's current state and, on update, what changed.
 * Its JSON Schema is {@code events/institution.schema.json}; both are the contract.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionEvent(
        UUID id,
        String name,
        String nameEn,
        String creditCode,
        String divisionCode,
        String kind,
        String grade,
        long version,
        Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code institution/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "institution";

    public static final String REGISTERED = "institution.registered";
    public static final String UPDATED = "institution.updated";
}
