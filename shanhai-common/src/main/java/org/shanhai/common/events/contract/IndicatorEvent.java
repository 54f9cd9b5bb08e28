package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code indicator.defined} / {@code indicator.redefined} on metrics.events (key = the indicator's
 * code: it belongs to no programme or institution): a catalogue entry and, on a new version of its
 * definition, what changed. Schema: events/indicator.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorEvent(UUID id, String code, String nameZh, String nameEn, String unit, String direction,
        String aggregation, String numeratorCode, String denominatorCode, String category, String source,
        boolean custom, String stableThreshold, long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "indicator";

    public static final String DEFINED = "indicator.defined";
    public static final String REDEFINED = "indicator.redefined";
}
