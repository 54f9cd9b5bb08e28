package org.shanhai.training.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.time.Clock;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.AssignmentSpan;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.StatusChange;

/**
 * One programme as the registry knows it, with the checks a record of it makes; each refusal is a
 * problem naming the request field: 422 for what the registry does not know or allow, 400 for a date
 * in the future. Loaded once ({@link ProgrammeChecks#load}) and used for one request or a whole import.
 */
public final class ProgrammeContext {

    private final String programmeField;
    private final ProgrammeFacts facts;
    private final List<StatusChange> history;
    private final List<AssignmentSpan> assignments;

    ProgrammeContext(String programmeField, ProgrammeFacts facts, List<StatusChange> history,
            List<AssignmentSpan> assignments) {
        this.programmeField = programmeField;
        this.facts = facts;
        this.history = history;
        this.assignments = assignments;
    }

    public ProgrammeFacts facts() {
        return facts;
    }

    /** The day fits the programme's period and status history (see {@link ProgrammePeriod}). */
    public void dateFits(String dateField, LocalDate day) {
        LocalDate today = Clock.today();
        if (day.isAfter(today)) {
            throw Problems.invalid(dateField, Text.of("is in the future (today is " + today + ")",
                    "晚于今天（今天是 " + today + "）"));
        }
        ProgrammePeriod.Refusal refusal = ProgrammePeriod.check(facts.startDate(), facts.endDate(), history, day, today);
        if (refusal != null) {
            throw Problems.unprocessable(refusal.programmeAtFault() ? programmeField : dateField, refusal.message());
        }
    }

    public void recipient(String field, UUID institutionId) {
        if (!facts.isRecipient(institutionId)) {
            throw Problems.unprocessable(field, Text.of("institution " + institutionId + " is not a recipient of programme "
                    + facts.code(), "机构 " + institutionId + " 不是项目 " + facts.code() + " 的受援医院"));
        }
    }

    public void supporter(String field, UUID institutionId) {
        if (!facts.isSupporter(institutionId)) {
            throw Problems.unprocessable(field, Text.of("institution " + institutionId
                    + " is neither the lead nor a partner of programme " + facts.code(),
                    "机构 " + institutionId + " 既不是项目 " + facts.code() + " 的牵头支援医院，也不是其合作支援医院"));
        }
    }

    /** The expert holds an assignment in the programme covering the day (its last day counts, the next does not). */
    public void assigned(String field, UUID expertId, LocalDate day, boolean knownExpert) {
        if (assignments.stream().anyMatch(a -> a.expertId().equals(expertId) && a.covers(day))) {
            return; // the assignment is what counts, even before the expert's own event has arrived
        }
        if (!knownExpert && assignments.stream().noneMatch(a -> a.expertId().equals(expertId))) {
            throw Problems.unprocessable(field, Text.of("expert " + expertId
                    + " is not known here (yet): programme-service has not announced them",
                    "本服务尚未收到专家 " + expertId + " 的信息：programme-service 尚未发布该专家"));
        }
        throw Problems.unprocessable(field, Text.of("expert " + expertId + " holds no assignment in programme " + facts.code()
                + " covering " + day, "专家 " + expertId + " 在项目 " + facts.code() + " 中没有涵盖 " + day + " 的派驻"));
    }

    /** The experts assigned in this programme with that name (an import names experts as hospital logs do). */
    public List<UUID> expertsNamed(String name) {
        return assignments.stream().filter(a -> name.equals(a.expertName())).map(AssignmentSpan::expertId).distinct()
                .toList();
    }
}
