package org.shanhai.common.events.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * {@code exam-result.recorded} / {@code exam-result.corrected} on training.events (key =
 * institution id): a licensing exam's candidates and passes at one institution in one year; the
 * pass rate is derived (a decimal string, percent with two places). Schema: events/exam-result.schema.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExamResultEvent(UUID id, UUID institutionId, int year, String examType, int candidates, int passed,
        String passRate, long version, Map<String, Change> changes) {

    /** The aggregate type: {@code ce_subject} is {@code exam-result/<id>}, and the history is kept under it. */
    public static final String AGGREGATE = "exam-result";

    public static final String RECORDED = "exam-result.recorded";
    public static final String CORRECTED = "exam-result.corrected";
}
