package org.shanhai.training.exam;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ExamResultEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.time.Clock;
import org.shanhai.training.access.TrainingAccess;
import org.shanhai.training.registry.RecipientInstitutions;

/** Records and corrects licensing-exam results; each change and its event commit together. */
@ApplicationScoped
public class ExamResultService {

    static final Map<String, String> SORTABLE = Map.of("year", "year", "examType", "examType",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<ExamResult> AGGREGATE = new Aggregate<>(ExamResultEvent.AGGREGATE,
            r -> r.institutionId.toString(), ExamResultService::event);

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    TrainingAccess access;

    @Inject
    RecipientInstitutions institutions;

    @Inject
    History history;

    @Transactional
    public ExamResult record(String body) {
        ExamResultRequest r = bodies.bind(body, ExamResultRequest.class);
        access.requireOwnInstitution(r.institutionId());
        InstitutionReference institution = institutions.require("institutionId", r.institutionId());
        access.institutionRecordWrite(institution.id, institution.divisionCode);
        check(r);
        requireFree(r, null);
        ExamResult e = new ExamResult();
        e.institutionId = r.institutionId();
        apply(e, r);
        return writes.create(e, ExamResultEvent.RECORDED, AGGREGATE);
    }

    /** A correction: the institution stays; the old figures stay in the history. */
    @Transactional
    public ExamResult correct(UUID id, String ifMatch, String body) {
        ExamResult e = get(id);
        access.institutionRecordWrite(e.institutionId, institutions.divisionOf(e.institutionId));
        ETags.check(ifMatch, e.version);
        ExamResultRequest r = bodies.bind(body, ExamResultRequest.class);
        if (!r.institutionId().equals(e.institutionId)) {
            throw Problems.invalid("institutionId", Text.of("a result stays with its institution; record one for the other",
                    "考试结果不能改属其他机构；请为另一机构另行登记"));
        }
        check(r);
        requireFree(r, e.id);
        writes.update(e, ExamResultEvent.CORRECTED, AGGREGATE, x -> apply(x, r));
        return e;
    }

    public ExamResult get(UUID id) {
        ExamResult e = ExamResult.findById(id);
        if (e == null) {
            throw Problems.notFound("exam result", id);
        }
        return e;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(ExamResultEvent.AGGREGATE, id, null, page);
    }

    public Page<ExamResultView> search(UUID institutionId, Integer year, ExamType examType, PageRequest page) {
        Filters f = new Filters()
                .and("institutionId = :inst", "inst", institutionId)
                .and("year = :year", "year", year)
                .and("examType = :type", "type", examType);
        return Page.of(ExamResult.find(f.query(), page.toSort(SORTABLE, "-year"), f.params()), page, ExamResultView::of);
    }

    /** Candidates and passes summed over institutions, by year and exam type, in {@code fromYear..toYear}. */
    public record YearFigures(int year, ExamType examType, long candidates, long passed) {
    }

    public java.util.List<YearFigures> byYear(java.util.Collection<UUID> institutionIds, int fromYear, int toYear) {
        if (institutionIds.isEmpty()) {
            return java.util.List.of();
        }
        return ExamResult.getEntityManager().createQuery("select year, examType, sum(candidates), sum(passed)"
                + " from ExamResult where institutionId in :inst and year between :from and :to"
                + " group by year, examType order by year, examType", Object[].class)
                .setParameter("inst", institutionIds).setParameter("from", fromYear).setParameter("to", toYear)
                .getResultList().stream().map(r -> new YearFigures((Integer) r[0], (ExamType) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private static void check(ExamResultRequest r) {
        if (r.passed() > r.candidates()) {
            throw Problems.invalid("passed", Text.of("is more than the " + r.candidates() + " candidates",
                    "超过参考人数 " + r.candidates()));
        }
        if (r.year() > Clock.today().getYear()) {
            throw Problems.invalid("year", Text.of("is in the future", "为将来的年份"));
        }
    }

    private static void requireFree(ExamResultRequest r, UUID self) {
        if (ExamResult.count("institutionId = ?1 and year = ?2 and examType = ?3 and id <> ?4", r.institutionId(),
                r.year(), r.examType(), self == null ? new UUID(0, 0) : self) > 0) {
            throw Problems.conflict("examType", Text.of("institution " + r.institutionId() + " already has a "
                    + r.examType() + " result for " + r.year() + "; correct that one (PUT)",
                    "机构 " + r.institutionId() + " 已有 " + r.year() + " 年的 " + r.examType()
                    + " 考试结果；请更正该记录（PUT）"));
        }
    }

    private static void apply(ExamResult e, ExamResultRequest r) {
        e.year = r.year();
        e.examType = r.examType();
        e.candidates = r.candidates();
        e.passed = r.passed();
    }

    static ExamResultEvent event(ExamResult e, Map<String, Change> changes) {
        return new ExamResultEvent(e.id, e.institutionId, e.year, e.examType.name(), e.candidates, e.passed,
                PassRate.of(e.passed, e.candidates).toPlainString(), e.version, changes);
    }
}
