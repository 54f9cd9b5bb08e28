package org.shanhai.metrics.approval;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.ApprovalEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.security.Caller;
import org.shanhai.common.security.Roles;
import org.shanhai.metrics.approval.ApprovalWorkflow.Step;
import org.shanhai.metrics.observation.DataLocks;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.validation.ValidationService;
import org.shanhai.metrics.validation.Violation;

/**
 * Data approval: an institution's data for a year goes DRAFT → SUBMITTED (its HOSPITAL_REPORTER) →
 * APPROVED (a PROGRAMME_MANAGER of a supporting institution, or the province's PROVINCE_ADMIN), or back
 * to DRAFT with a reason. SUBMITTED and APPROVED data is locked ({@link DataLocks}). Each step and its
 * event commit together; the events are the approval's history.
 */
@ApplicationScoped
public class ApprovalService implements DataLocks {

    static final Aggregate<Approval> AGGREGATE = new Aggregate<>(ApprovalEvent.AGGREGATE, a -> a.institutionId.toString(),
            ApprovalService::event);

    static final Map<String, String> SORTABLE = Map.of("updatedAt", "updatedAt", "year", "year", "state", "state");

    /** How many violations a refused submission lists (the validation report lists them all). */
    static final int LISTED_VIOLATIONS = 20;

    @Inject
    EntityManager em;

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    Caller caller;

    @Inject
    InstitutionReferences institutions;

    @Inject
    ProgrammeReferences programmes;

    @Inject
    ValidationService validation;

    @Inject
    History history;

    public ApprovalView get(UUID institutionId, int year) {
        InstitutionReference i = institutions.get(institutionId);
        checkYear(year);
        return find(institutionId, year).map(a -> ApprovalView.of(a, i.name))
                .orElse(ApprovalView.draft(institutionId, i.name, year));
    }

    public Page<HistoryEntry> history(UUID institutionId, int year, PageRequest page) {
        institutions.get(institutionId);
        checkYear(year);
        Approval a = find(institutionId, year).orElseThrow(() -> Problems.notFound(Text.of(
                "approval history of " + institutionId + " " + year + " (its data has never left DRAFT) does not exist",
                "机构 " + institutionId + " " + year + " 年的数据没有审核历史（数据从未离开 DRAFT 状态）")));
        return history.of(ApprovalEvent.AGGREGATE, a.id, null, page);
    }

    /** Approvals in a year (and state, and division), for the offices that act on them. */
    public Page<ApprovalView> search(Integer year, ApprovalState state, String divisionPrefix, PageRequest page) {
        if (year != null) {
            checkYear(year);
        }
        List<UUID> inDivision = divisionPrefix == null ? null : institutions.idsIn(divisionPrefix);
        Filters f = new Filters().and("year = :year", "year", year).and("state = :state", "state", state)
                .and("institutionId in :ids", "ids", inDivision == null || inDivision.isEmpty() ? null : inDivision)
                .and("id is null", inDivision != null && inDivision.isEmpty());
        Page<Approval> found = Page.of(Approval.<Approval>find(f.query(), page.toSort(SORTABLE, "-updatedAt"), f.params()),
                page, a -> a);
        Map<UUID, InstitutionReference> names = institutions.findAll(found.items().stream().map(a -> a.institutionId)
                .collect(Collectors.toSet()));
        return found.map(a -> ApprovalView.of(a, names.containsKey(a.institutionId) ? names.get(a.institutionId).name : null));
    }

    /**
     * Submits the year's data. The validation rules run first: a violation refuses the submission
     * (422 listing them) unless the body's comment explains it; the count and comment are kept.
     */
    @Transactional
    public ApprovalView submit(UUID institutionId, int year, String body) {
        InstitutionReference i = subject(institutionId, year);
        if (!reporterOf(i)) {
            throw Problems.forbidden(Text.of("only the HOSPITAL_REPORTER of institution " + institutionId + " submits its data",
                    "只有机构 " + institutionId + " 的 HOSPITAL_REPORTER 才能提交其数据"));
        }
        ApprovalRequests.Step r = stepBody(body);
        Approval a = lockAndFind(institutionId, year);
        ApprovalState next = next(a, Step.SUBMIT);
        List<Violation> violations = validation.check(institutionId, Period.year(year));
        String comment = blankToNull(r.comment());
        if (!violations.isEmpty() && comment == null) {
            throw violationsRefused(violations);
        }
        return ApprovalView.of(step(a, institutionId, year, next, null, comment, violations.size()), i.name);
    }

    @Transactional
    public ApprovalView approve(UUID institutionId, int year) {
        InstitutionReference i = subject(institutionId, year);
        if (!approverOf(i)) {
            throw Problems.forbidden(Text.of("approved by a PROGRAMME_MANAGER of an institution that leads or partners a programme "
                    + "of institution " + institutionId + ", or by the PROVINCE_ADMIN of its province",
                    "只能由机构 " + institutionId + " 所在项目的牵头或合作支援机构的 PROGRAMME_MANAGER，"
                    + "或该机构所在省的 PROVINCE_ADMIN 审核通过"));
        }
        Approval a = lockAndFind(institutionId, year);
        ApprovalState next = next(a, Step.APPROVE);
        return ApprovalView.of(step(a, institutionId, year, next, null, a.comment, a.violations), i.name);
    }

    /**
     * Back to DRAFT with a reason: a submission by its approvers, NATIONAL_ADMIN or the reporter itself
     * (withdrawn); an approval only by NATIONAL_ADMIN or the province's PROVINCE_ADMIN.
     */
    @Transactional
    public ApprovalView returnToDraft(UUID institutionId, int year, String body) {
        InstitutionReference i = subject(institutionId, year);
        boolean undoesApproval = caller.is(Roles.NATIONAL_ADMIN) || provinceAdminOf(i);
        boolean returnsSubmission = undoesApproval || approverOf(i) || reporterOf(i);
        if (!returnsSubmission) {
            throw Problems.forbidden(Text.of("this role cannot return the data of institution " + institutionId + " to DRAFT",
                    "该角色不能将机构 " + institutionId + " 的数据退回到 DRAFT"));
        }
        ApprovalRequests.Return r = bodies.bind(body, ApprovalRequests.Return.class);
        Approval a = lockAndFind(institutionId, year);
        if (a != null && a.state == ApprovalState.APPROVED && !undoesApproval) {
            throw Problems.forbidden(Text.of("approved data is returned to DRAFT only by NATIONAL_ADMIN or the PROVINCE_ADMIN of "
                    + "the institution's province", "已审核通过的数据只能由 NATIONAL_ADMIN 或该机构所在省的 PROVINCE_ADMIN 退回到 DRAFT"));
        }
        ApprovalState next = next(a, Step.RETURN);
        return ApprovalView.of(step(a, institutionId, year, next, r.reason().strip(), a.comment, a.violations), i.name);
    }

    /** Each institution's state for the year (absent: DRAFT). */
    public Map<UUID, ApprovalState> states(Collection<UUID> institutionIds, int year) {
        if (institutionIds.isEmpty()) {
            return Map.of();
        }
        return Approval.<Approval>list("institutionId in ?1 and year = ?2", institutionIds, year).stream()
                .collect(Collectors.toMap(a -> a.institutionId, a -> a.state));
    }

    @Override
    public Map<UUID, Map<Integer, String>> lockedYears(Collection<UUID> institutionIds) {
        Map<UUID, Map<Integer, String>> locked = new java.util.HashMap<>();
        institutionIds.forEach(id -> locked.put(id, new java.util.HashMap<>()));
        if (!institutionIds.isEmpty()) {
            // one parameter however many are asked for, and no entities: an import asks for a hundred
            // institutions at a time while the database waits for its next rows
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select institution_id, year, state from approval "
                    + "where institution_id = any(cast(string_to_array(?1, ',') as uuid[])) and state <> 'DRAFT'")
                    .setParameter(1, institutionIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                    .getResultList();
            rows.forEach(r -> locked.get((UUID) r[0]).put(((Number) r[1]).intValue(), (String) r[2]));
        }
        return locked;
    }

    @Override
    public void holdShared(Map<UUID, ? extends Collection<Integer>> years) {
        TreeSet<Long> keys = new TreeSet<>(); // in one order everywhere
        years.forEach((institutionId, ys) -> ys.forEach(y -> keys.add(lockKey(institutionId, y))));
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("select count(pg_advisory_xact_lock_shared(k)) from unnest(cast(string_to_array(?1, ',') "
                + "as bigint[])) k").setParameter(1, keys.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getSingleResult();
    }

    private Approval step(Approval a, UUID institutionId, int year, ApprovalState next, String reason, String comment,
            int violations) {
        if (a == null) {
            Approval fresh = new Approval();
            fresh.institutionId = institutionId;
            fresh.year = year;
            fresh.state = next;
            fresh.reason = reason;
            fresh.comment = comment;
            fresh.violations = violations;
            fresh.actedBy = caller.subject();
            return writes.create(fresh, ApprovalEvent.CHANGED, AGGREGATE);
        }
        writes.update(a, ApprovalEvent.CHANGED, AGGREGATE, x -> {
            x.state = next;
            x.reason = reason;
            x.comment = comment;
            x.violations = violations;
            x.actedBy = caller.subject();
        });
        return a;
    }

    private static ApprovalState next(Approval a, Step step) {
        ApprovalState current = a == null ? ApprovalState.DRAFT : a.state;
        return ApprovalWorkflow.next(current, step).orElseThrow(() -> Problems.conflict("state",
                ApprovalWorkflow.refusal(current, step)));
    }

    /** Takes the year exclusively (no value is written while the step runs), then reads its approval. */
    private Approval lockAndFind(UUID institutionId, int year) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, lockKey(institutionId, year))
                .getSingleResult();
        return find(institutionId, year).orElse(null);
    }

    private static Optional<Approval> find(UUID institutionId, int year) {
        return Approval.find("institutionId = ?1 and year = ?2", institutionId, year).firstResultOptional();
    }

    private InstitutionReference subject(UUID institutionId, int year) {
        checkYear(year);
        InstitutionReference i = institutions.find(institutionId);
        if (i == null) {
            throw Problems.notFound("institution", institutionId);
        }
        return i;
    }

    private ApprovalRequests.Step stepBody(String body) {
        return body == null || body.isBlank() ? new ApprovalRequests.Step(null)
                : bodies.bind(body, ApprovalRequests.Step.class);
    }

    private boolean reporterOf(InstitutionReference i) {
        return caller.is(Roles.HOSPITAL_REPORTER) && caller.institutionId().map(i.id::equals).orElse(false);
    }

    private boolean provinceAdminOf(InstitutionReference i) {
        return caller.is(Roles.PROVINCE_ADMIN) && i.divisionCode != null
                && caller.scope().map(own -> DivisionCode.within(i.divisionCode, own)).orElse(false);
    }

    private boolean approverOf(InstitutionReference i) {
        return provinceAdminOf(i) || caller.is(Roles.PROGRAMME_MANAGER)
                && caller.institutionId().map(own -> programmes.supports(own, i.id)).orElse(false);
    }

    private static void checkYear(int year) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw Problems.invalidQuery("year", Text.of(year + " is not a year between " + Period.MIN_YEAR + " and "
                    + Period.MAX_YEAR, year + " 不是 " + Period.MIN_YEAR + " 至 " + Period.MAX_YEAR + " 之间的年份"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One advisory lock per institution and year (both approval steps and value writes take it). */
    static long lockKey(UUID institutionId, int year) {
        return (institutionId.getMostSignificantBits() * 31 + institutionId.getLeastSignificantBits()) * 4001 + year;
    }

    private static HttpProblem violationsRefused(List<Violation> violations) {
        Violation first = violations.get(0);
        // the violation's message is English (a field of the response); the Chinese is told from its parts
        String firstZh = first.period() + (first.department() == null ? "" : "（" + first.department() + "）")
                + " 违反规则 " + first.rule() + "“" + first.ruleName() + "”：" + first.left().toPlainString() + " "
                + first.operator().symbol + " " + first.right().toPlainString() + " 不成立";
        return HttpProblem.builder()
                .withType(java.net.URI.create(Problems.TYPE_BASE + "validation-rules"))
                .withTitle("Unprocessable Content")
                .withStatus(422)
                .withDetail(Text.of("comment: the data breaks " + violations.size() + " validation rule(s); correct the values, or "
                        + "submit again with a comment explaining why they are right (first: " + first.message() + ")",
                        "comment：数据违反 " + violations.size() + " 条校验规则；请更正数值，或在 comment 中说明数值无误的理由后重新提交"
                        + "（第一条：" + firstZh + "）").resolve())
                .with("errors", List.of(org.shanhai.common.problem.FieldError.body("comment", Text.of(
                        "is required: " + violations.size() + " validation rule violation(s) need an explanation",
                        "为必填项：有 " + violations.size() + " 处违反校验规则，需要说明"))))
                .with("ruleViolations", violations.subList(0, Math.min(LISTED_VIOLATIONS, violations.size())))
                .build();
    }

    static ApprovalEvent event(Approval a, Map<String, Change> changes) {
        return new ApprovalEvent(a.id, a.institutionId, a.year, a.state.name(), a.reason, a.comment, a.violations,
                a.version, changes);
    }
}
