package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** {@code resource-input.recorded} (key = programme id); amount in CNY as a decimal string with two places, as in the REST API. Schema: events/resource-input.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceInputEvent(UUID id, UUID programmeId, String kind, String amount, String currency,
        String source, String date, UUID institutionId, String description) {

    /** The aggregate type: {@code ce_subject} is {@code resource-input/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "resource-input";

    public static final String RECORDED = "resource-input.recorded";
}
