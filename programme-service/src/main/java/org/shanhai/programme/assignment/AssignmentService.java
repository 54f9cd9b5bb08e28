package org.shanhai.programme.assignment;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.programme.batch.BatchService;
import org.shanhai.programme.batch.BatchView;
import org.shanhai.programme.expert.ExpertService;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class AssignmentService {

    static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<Assignment> AGGREGATE = new Aggregate<>(AssignmentEvent.AGGREGATE,
            a -> a.programmeId.toString(), AssignmentService::event);

    @Inject
    EntityWrites writes;

    @Inject
    ProgrammeTeams teams;

    @Inject
    BatchService batches;

    @Inject
    ExpertService experts;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Assignment start(UUID programmeId, String body) {
        Programme p = teams.writable(programmeId);
        AssignmentRequest r = bodies.bind(body, AssignmentRequest.class);
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.programmeId = p.id;
        Posting posting = check(p, a, r);
        apply(a, r, posting);
        return writes.create(a, AssignmentEvent.STARTED, AGGREGATE);
    }

    @Transactional
    public Assignment replace(UUID programmeId, UUID id, String ifMatch, String body) {
        Programme p = teams.writable(programmeId);
        Assignment a = get(programmeId, id);
        ETags.check(ifMatch, a.version);
        AssignmentRequest r = bodies.bind(body, AssignmentRequest.class);
        Posting posting = check(p, a, r);
        if (!a.batchId.equals(r.batchId()) || !a.expertId.equals(r.expertId())) {
            requireNotLeader(p.id, a.batchId, a.expertId, Text.of("moved", "调整"));
        }
        writes.update(a, AssignmentEvent.UPDATED, AGGREGATE, x -> apply(x, r, posting));
        return a;
    }

    /** Ends an assignment entered by mistake or cut short: the row goes, its history and event stay. */
    @Transactional
    public void end(UUID programmeId, UUID id, String ifMatch) {
        teams.writable(programmeId);
        Assignment a = get(programmeId, id);
        ETags.check(ifMatch, a.version);
        requireNotLeader(programmeId, a.batchId, a.expertId, Text.of("ended", "结束"));
        writes.delete(a, AssignmentEvent.ENDED, AGGREGATE);
    }

    public Assignment get(UUID programmeId, UUID id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !a.programmeId.equals(programmeId)) {
            throw Problems.notFound("assignment", id);
        }
        return a;
    }

    /** Readable after the assignment ended; 404 for an id this programme never had. */
    public Page<HistoryEntry> history(UUID programmeId, UUID id, PageRequest page) {
        return history.of(AssignmentEvent.AGGREGATE, id, programmeId.toString(), page);
    }

    public Page<AssignmentView> search(UUID programmeId, UUID batchId, UUID expertId, UUID institutionId,
            LocalDate on, PageRequest page) {
        teams.readable(programmeId);
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("batchId = :batch", "batch", batchId)
                .and("expertId = :expert", "expert", expertId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("startDate <= :on and (endDate is null or endDate >= :on)", "on", on);
        return Page.of(Assignment.find(f.query(), page.toSort(SORTABLE, "startDate"), f.params()), page,
                AssignmentView::of);
    }

    /** Every assignment of a programme, for reports. */
    public List<AssignmentView> ofProgramme(UUID programmeId) {
        return Assignment.<Assignment>list("programmeId", programmeId).stream().map(AssignmentView::of).toList();
    }

    /** The dates an assignment gets, once its request passed the checks. */
    private record Posting(LocalDate start, LocalDate end) {
    }

    private Posting check(Programme p, Assignment a, AssignmentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        BatchView batch = batches.find(p.id, r.batchId());
        if (batch == null) {
            errors.add(FieldError.body("batchId", Text.of("batch " + r.batchId() + " is not a batch of programme " + p.code,
                    "批次 " + r.batchId() + " 不属于项目 " + p.code)));
        }
        UUID home = experts.reserveForPosting(r.expertId());
        if (home == null) {
            errors.add(FieldError.body("expertId", Text.of("expert " + r.expertId() + " does not exist",
                    "专家 " + r.expertId() + " 不存在")));
        }
        if (!p.hasRecipient(r.institutionId())) {
            errors.add(FieldError.body("institutionId", Text.of("institution " + r.institutionId()
                    + " is not a recipient of programme " + p.code,
                    "机构 " + r.institutionId() + " 不是项目 " + p.code + " 的受援机构")));
        }
        if (r.roles().size() != r.roles().stream().distinct().count()) {
            errors.add(FieldError.body("roles", Text.of("names a role twice", "职务重复")));
        }
        LocalDate start = null;
        LocalDate end = null;
        if (batch != null) {
            start = r.startDate() != null ? r.startDate() : batch.startDate();
            end = r.endDate() != null ? r.endDate() : batch.endDate();
            if (end != null && end.isBefore(start)) {
                errors.add(FieldError.body("endDate", Text.of("is before startDate " + start, "早于 startDate " + start)));
            } else if (!batch.covers(start, end)) {
                errors.add(FieldError.body(start.isBefore(batch.startDate()) ? "startDate" : "endDate",
                        Text.of("must lie inside batch " + batch.sequence() + " (" + batch.startDate() + " to "
                                + (batch.endDate() == null ? "open" : batch.endDate()) + ")",
                                "应在第 " + batch.sequence() + " 批次的期间内（" + span(batch.startDate(), batch.endDate())
                                + "）")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        teams.requirePostable(p, home);
        // one expert, one place at a time, in any programme
        for (Assignment other : Assignment.<Assignment>list("expertId = ?1 and id <> ?2", r.expertId(), a.id)) {
            if (Periods.overlap(start, end, other.startDate, other.endDate)) {
                throw Problems.conflict("startDate", Text.of("expert " + r.expertId() + " already has assignment " + other.id
                        + " (programme " + other.programmeId + ", " + other.startDate + " to "
                        + (other.endDate == null ? "open" : other.endDate) + ") overlapping " + start + " to "
                        + (end == null ? "open" : end),
                        "专家 " + r.expertId() + " 已有派驻 " + other.id + "（项目 " + other.programmeId + "，"
                        + span(other.startDate, other.endDate) + "），与 " + span(start, end) + " 重叠"));
            }
        }
        return new Posting(start, end);
    }

    private static void apply(Assignment a, AssignmentRequest r, Posting posting) {
        a.batchId = r.batchId();
        a.expertId = r.expertId();
        a.institutionId = r.institutionId();
        if (!a.roles.equals(r.roles())) {
            a.roles.clear();
            a.roles.addAll(r.roles());
        }
        a.department = r.department();
        a.startDate = posting.start();
        a.endDate = posting.end();
    }

    private void requireNotLeader(UUID programmeId, UUID batchId, UUID expertId, Text what) {
        BatchView b = batches.find(programmeId, batchId);
        if (b != null && expertId.equals(b.leaderExpertId())) {
            throw Problems.conflict(null, Text.of("expert " + expertId + " leads batch " + b.sequence()
                    + "; name another leader before this assignment is " + what.en(),
                    "专家 " + expertId + " 是第 " + b.sequence() + " 批次的队长；请先指定其他队长，再" + what.zh() + "此派驻"));
        }
    }

    /** A period in Chinese: "2021-07-01 至 2022-07-31", or "2021-07-01 起" when it has no end. */
    static String span(LocalDate start, LocalDate end) {
        return end == null ? start + " 起" : start + " 至 " + end;
    }

    static AssignmentEvent event(Assignment a, Map<String, Change> changes) {
        return new AssignmentEvent(a.id, a.programmeId, a.batchId, a.expertId, a.institutionId,
                a.roles.stream().map(Enum::name).toList(), a.department, a.startDate.toString(),
                a.endDate == null ? null : a.endDate.toString(), a.version, changes);
    }
}
