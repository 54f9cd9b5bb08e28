package org.shanhai.common.events.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of event contracts: each event type ({@code ce_type}), the topic its producer publishes
 * it on, and the JSON Schema (under {@code events/} on the classpath) its payload must match. The
 * consumers' checks, the producers' contract tests and docs/api/events.asyncapi.yaml are all read
 * from here.
 */
public final class EventTypes {

    public static final String PROGRAMME = "programme.events";
    public static final String TRAINING = "training.events";
    public static final String METRICS = "metrics.events";

    /** One event type's contract. */
    public record Contract(String type, String topic, String schemaName) {
        public String schemaPath() {
            return "events/" + schemaName + ".schema.json";
        }
    }

    public static final List<Contract> CONTRACTS = List.of(
            // programme.events: what programme-service publishes
            new Contract(InstitutionEvent.REGISTERED, PROGRAMME, "institution"),
            new Contract(InstitutionEvent.UPDATED, PROGRAMME, "institution"),
            new Contract(ProgrammeEvent.REGISTERED, PROGRAMME, "programme"),
            new Contract(ProgrammeEvent.UPDATED, PROGRAMME, "programme"),
            new Contract(ProgrammeEvent.STATUS_CHANGED, PROGRAMME, "programme"),
            new Contract(ExpertEvent.REGISTERED, PROGRAMME, "expert"),
            new Contract(ExpertEvent.UPDATED, PROGRAMME, "expert"),
            new Contract(BatchEvent.CREATED, PROGRAMME, "batch"),
            new Contract(BatchEvent.UPDATED, PROGRAMME, "batch"),
            new Contract(AssignmentEvent.STARTED, PROGRAMME, "assignment"),
            new Contract(AssignmentEvent.UPDATED, PROGRAMME, "assignment"),
            new Contract(AssignmentEvent.ENDED, PROGRAMME, "assignment"),
            new Contract(WorkstationEvent.ESTABLISHED, PROGRAMME, "workstation"),
            new Contract(ResourceInputEvent.RECORDED, PROGRAMME, "resource-input"),
            // training.events: what training-service publishes
            new Contract(ExamResultEvent.RECORDED, TRAINING, "exam-result"),
            new Contract(ExamResultEvent.CORRECTED, TRAINING, "exam-result"),
            new Contract(StaffEvent.REGISTERED, TRAINING, "staff"),
            new Contract(StaffEvent.UPDATED, TRAINING, "staff"),
            new Contract(TrainingActivityEvent.RECORDED, TRAINING, "training-activity"),
            new Contract(TrainingActivityEvent.CORRECTED, TRAINING, "training-activity"),
            new Contract(MentorshipEvent.STARTED, TRAINING, "mentorship"),
            new Contract(MentorshipEvent.COMPLETED, TRAINING, "mentorship"),
            new Contract(MentorshipEvent.DISCONTINUED, TRAINING, "mentorship"),
            new Contract(SecondmentEvent.STARTED, TRAINING, "secondment"),
            new Contract(SecondmentEvent.COMPLETED, TRAINING, "secondment"),
            new Contract(ReportedTotalEvent.REPORTED, TRAINING, "training-total"),
            // metrics.events: what metrics-service publishes
            new Contract(IndicatorEvent.DEFINED, METRICS, "indicator"),
            new Contract(IndicatorEvent.REDEFINED, METRICS, "indicator"),
            new Contract(ObservationEvent.RECORDED, METRICS, "observation"),
            new Contract(ApprovalEvent.CHANGED, METRICS, "observation-approval"),
            new Contract(MilestoneEvent.RECORDED, METRICS, "milestone"),
            new Contract(MilestoneEvent.UPDATED, METRICS, "milestone"),
            new Contract(TargetEvent.SET, METRICS, "target"),
            new Contract(TargetEvent.REMOVED, METRICS, "target"));

    /** Event type to the classpath path of its payload's schema. */
    public static final Map<String, String> SCHEMAS = index(true);

    /** Event type to its topic. */
    public static final Map<String, String> TOPICS = index(false);

    private EventTypes() {
    }

    private static Map<String, String> index(boolean schemas) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Contract c : CONTRACTS) {
            m.put(c.type(), schemas ? c.schemaPath() : c.topic());
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
