package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code milestone.recorded} / {@code milestone.updated} on metrics.events (key = programme id): a
 * capability a recipient gained (a new technique, a key specialty, a centre, an accreditation, a
 * standard met), with when ({@code achieved}: a year, quarter, month or day, absent when the report
 * does not say). Schema: events/milestone.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneEvent(UUID id, UUID programmeId, UUID institutionId, String type, String name,
        String department, String achieved, Boolean independent, String level, String stage, String grade,
        String standard, String note, String source, long version, Map<String, Change> changes) {

    public static final String AGGREGATE = "milestone";

    public static final String RECORDED = "milestone.recorded";
    public static final String UPDATED = "milestone.updated";
}
