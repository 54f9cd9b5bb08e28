package org.shanhai.common.events.contract;

import java.util.Map;

/** Which JSON Schema (under {@code events/} on the classpath) each event type's payload must match. */
public final class EventTypes {

    public static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry(InstitutionEvent.REGISTERED, "events/institution.schema.json"),
            Map.entry(InstitutionEvent.UPDATED, "events/institution.schema.json"),
            Map.entry(ProgrammeEvent.REGISTERED, "events/programme.schema.json"),
            Map.entry(ProgrammeEvent.UPDATED, "events/programme.schema.json"),
            Map.entry(ProgrammeEvent.STATUS_CHANGED, "events/programme.schema.json"),
            Map.entry(ExpertEvent.REGISTERED, "events/expert.schema.json"),
            Map.entry(ExpertEvent.UPDATED, "events/expert.schema.json"),
            Map.entry(BatchEvent.CREATED, "events/batch.schema.json"),
            Map.entry(BatchEvent.UPDATED, "events/batch.schema.json"),
            Map.entry(AssignmentEvent.STARTED, "events/assignment.schema.json"),
            Map.entry(AssignmentEvent.UPDATED, "events/assignment.schema.json"),
            Map.entry(AssignmentEvent.ENDED, "events/assignment.schema.json"),
            Map.entry(WorkstationEvent.ESTABLISHED, "events/workstation.schema.json"),
            Map.entry(ResourceInputEvent.RECORDED, "events/resource-input.schema.json"),
            Map.entry(ExamResultEvent.RECORDED, "events/exam-result.schema.json"),
            Map.entry(ExamResultEvent.CORRECTED, "events/exam-result.schema.json"),
            Map.entry(StaffEvent.REGISTERED, "events/staff.schema.json"),
            Map.entry(StaffEvent.UPDATED, "events/staff.schema.json"),
            Map.entry(TrainingActivityEvent.RECORDED, "events/training-activity.schema.json"),
            Map.entry(TrainingActivityEvent.CORRECTED, "events/training-activity.schema.json"),
            Map.entry(MentorshipEvent.STARTED, "events/mentorship.schema.json"),
            Map.entry(MentorshipEvent.COMPLETED, "events/mentorship.schema.json"),
            Map.entry(MentorshipEvent.DISCONTINUED, "events/mentorship.schema.json"),
            Map.entry(SecondmentEvent.STARTED, "events/secondment.schema.json"),
            Map.entry(SecondmentEvent.COMPLETED, "events/secondment.schema.json"),
            Map.entry(ReportedTotalEvent.REPORTED, "events/training-total.schema.json"),
            Map.entry(IndicatorEvent.DEFINED, "events/indicator.schema.json"),
            Map.entry(IndicatorEvent.REDEFINED, "events/indicator.schema.json"),
            Map.entry(ObservationEvent.RECORDED, "events/observation.schema.json"),
            Map.entry(ApprovalEvent.CHANGED, "events/observation-approval.schema.json"),
            Map.entry(MilestoneEvent.RECORDED, "events/milestone.schema.json"),
            Map.entry(MilestoneEvent.UPDATED, "events/milestone.schema.json"),
            Map.entry(TargetEvent.SET, "events/target.schema.json"),
            Map.entry(TargetEvent.REMOVED, "events/target.schema.json"));

    private EventTypes() {
    }
}
