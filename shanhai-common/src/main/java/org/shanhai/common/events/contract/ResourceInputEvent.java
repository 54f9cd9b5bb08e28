package org.shanhai.common.events.contract;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code resource-input.recorded} (key = programme id); amount in CNY. Schema: events/resource-input.schema.json. */
public record ResourceInputEvent(UUID id, UUID programmeId, String kind, BigDecimal amount, String currency,
        String source, String date, UUID institutionId, String description) {

    public static final String RECORDED = "resource-input.recorded";
}
