package org.shanhai.programme.assignment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.Clock;
import org.shanhai.programme.batch.Batch;
import org.shanhai.programme.expert.Expert;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class AssignmentService {

    static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate",
            "createdAt", "createdAt", "id", "id");

    @Inject
    Outbox outbox;

    @Inject
    ProgrammeTeams teams;

    @Transactional
    public Assignment start(UUID programmeId, AssignmentRequest r) {
        Programme p = teams.writable(programmeId);
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.programmeId = p.id;
        apply(p, a, r);
        a.createdAt = Clock.now();
        a.updatedAt = a.createdAt;
        a.persistAndFlush();
        outbox.record(AssignmentEvent.STARTED, "assignment", a.id, p.id.toString(), event(a, null));
        return a;
    }

    @Transactional
    public Assignment replace(UUID programmeId, UUID id, String ifMatch, AssignmentRequest r) {
        Programme p = teams.writable(programmeId);
        Assignment a = get(programmeId, id);
        ETags.check(ifMatch, a.version);
        Map<String, Object> before = a.snapshot();
        UUID previousBatch = a.batchId;
        UUID previousExpert = a.expertId;
        apply(p, a, r);
        if (!previousBatch.equals(a.batchId) || !previousExpert.equals(a.expertId)) {
            requireNotLeader(previousBatch, previousExpert, "moved");
        }
        Map<String, Change> changes = Change.between(before, a.snapshot());
        if (changes.isEmpty()) {
            return a;
        }
        a.updatedAt = Clock.now();
        Assignment.getEntityManager().flush();
        outbox.record(AssignmentEvent.UPDATED, "assignment", a.id, p.id.toString(), event(a, changes));
        return a;
    }

    /** Ends an assignment entered by mistake or cut short: the row goes, its history and event stay. */
    @Transactional
    public void end(UUID programmeId, UUID id, String ifMatch) {
        Programme p = teams.writable(programmeId);
        Assignment a = get(programmeId, id);
        ETags.check(ifMatch, a.version);
        requireNotLeader(a.batchId, a.expertId, "ended");
        AssignmentEvent ended = event(a, null);
        a.delete();
        outbox.record(AssignmentEvent.ENDED, "assignment", a.id, p.id.toString(), ended);
    }

    public Assignment get(UUID programmeId, UUID id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !a.programmeId.equals(programmeId)) {
            throw Problems.notFound("assignment", id);
        }
        return a;
    }

    public PanacheQuery<Assignment> search(UUID programmeId, UUID batchId, UUID expertId, UUID institutionId,
            LocalDate on, PageRequest page) {
        teams.readable(programmeId);
        List<String> where = new ArrayList<>(List.of("programmeId = :programme"));
        Parameters params = Parameters.with("programme", programmeId);
        if (batchId != null) {
            where.add("batchId = :batch");
            params.and("batch", batchId);
        }
        if (expertId != null) {
            where.add("expertId = :expert");
            params.and("expert", expertId);
        }
        if (institutionId != null) {
            where.add("institutionId = :inst");
            params.and("inst", institutionId);
        }
        if (on != null) {
            where.add("startDate <= :on and (endDate is null or endDate >= :on)");
            params.and("on", on);
        }
        return Assignment.find(String.join(" and ", where), page.toSort(SORTABLE, "startDate"), params);
    }

    private void apply(Programme p, Assignment a, AssignmentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Batch batch = Batch.findById(r.batchId());
        if (batch == null || !batch.programmeId.equals(p.id)) {
            errors.add(FieldError.body("batchId", "batch " + r.batchId() + " is not a batch of programme " + p.code));
        }
        if (Expert.findById(r.expertId()) == null) {
            errors.add(FieldError.body("expertId", "expert " + r.expertId() + " does not exist"));
        }
        if (!p.hasRecipient(r.institutionId())) {
            errors.add(FieldError.body("institutionId", "institution " + r.institutionId()
                    + " is not a recipient of programme " + p.code));
        }
        if (r.roles().size() != r.roles().stream().distinct().count()) {
            errors.add(FieldError.body("roles", "names a role twice"));
        }
        LocalDate start = null;
        LocalDate end = null;
        if (batch != null && batch.programmeId.equals(p.id)) {
            start = r.startDate() != null ? r.startDate() : batch.startDate;
            end = r.endDate() != null ? r.endDate() : batch.endDate;
            if (end != null && end.isBefore(start)) {
                errors.add(FieldError.body("endDate", "is before startDate " + start));
            } else if (!batch.covers(start, end)) {
                errors.add(FieldError.body(start.isBefore(batch.startDate) ? "startDate" : "endDate",
                        "must lie inside batch " + batch.sequence + " (" + batch.startDate + " to "
                                + (batch.endDate == null ? "open" : batch.endDate) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        // one expert, one place at a time, in any programme
        for (Assignment other : Assignment.<Assignment>list("expertId = ?1 and id <> ?2", r.expertId(), a.id)) {
            if (Periods.overlap(start, end, other.startDate, other.endDate)) {
                throw Problems.conflict("startDate", "expert " + r.expertId() + " already has assignment " + other.id
                        + " (programme " + other.programmeId + ", " + other.startDate + " to "
                        + (other.endDate == null ? "open" : other.endDate) + ") overlapping " + start + " to "
                        + (end == null ? "open" : end));
            }
        }
        a.batchId = r.batchId();
        a.expertId = r.expertId();
        a.institutionId = r.institutionId();
        if (!a.roles.equals(r.roles())) {
            a.roles.clear();
            a.roles.addAll(r.roles());
        }
        a.department = r.department();
        a.startDate = start;
        a.endDate = end;
    }

    private static void requireNotLeader(UUID batchId, UUID expertId, String what) {
        Batch b = Batch.findById(batchId);
        if (b != null && expertId.equals(b.leaderExpertId)) {
            throw Problems.conflict(null, "expert " + expertId + " leads batch " + b.sequence
                    + "; name another leader before this assignment is " + what);
        }
    }

    static AssignmentEvent event(Assignment a, Map<String, Change> changes) {
        return new AssignmentEvent(a.id, a.programmeId, a.batchId, a.expertId, a.institutionId,
                a.roles.stream().map(Enum::name).toList(), a.department, a.startDate.toString(),
                a.endDate == null ? null : a.endDate.toString(), a.version, changes);
    }
}
