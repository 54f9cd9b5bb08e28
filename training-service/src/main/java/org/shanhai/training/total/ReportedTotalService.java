package org.shanhai.training.total;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.ReportedTotalEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.time.Clock;
import org.shanhai.training.access.TrainingAccess;
import org.shanhai.training.registry.ProgrammeChecks;
import org.shanhai.training.registry.ProgrammeContext;
import org.shanhai.training.registry.RecipientInstitutions;

/** Keeps the totals reports give; each with its event, in one transaction. */
@ApplicationScoped
public class ReportedTotalService {

    static final java.util.Map<String, String> SORTABLE = java.util.Map.of("to", "toDate", "from", "fromDate", "type", "type",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<ReportedTotal> AGGREGATE = new Aggregate<>(ReportedTotalEvent.AGGREGATE,
            t -> t.programmeId.toString(), (t, changes) -> event(t));

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    TrainingAccess access;

    @Inject
    ProgrammeChecks programmes;

    @Inject
    RecipientInstitutions institutions;

    @Inject
    History history;

    @Transactional
    public ReportedTotal report(UUID programmeId, String body) {
        ProgrammeContext p = programme(programmeId);
        ReportedTotalRequest r = bodies.bind(body, ReportedTotalRequest.class);
        UUID institution = r.institutionId() != null ? r.institutionId() : p.facts().primaryRecipientId();
        if (institution == null) {
            throw Problems.unprocessable("institutionId", Text.of("programme " + p.facts().code()
                    + " has no recipient to default to", "项目 " + p.facts().code() + " 没有可默认采用的受援医院"));
        }
        access.programmeRecordWrite(p.facts(), institution, institutions.divisionOf(institution), false);
        p.recipient("institutionId", institution);
        LocalDate from = r.from() != null ? r.from() : p.facts().startDate();
        LocalDate today = Clock.today();
        if (r.to().isBefore(from)) {
            throw Problems.invalid("to", Text.of("is before from (" + from + ")", "早于 from（" + from + "）"));
        }
        if (r.source().date().isAfter(today)) {
            throw Problems.invalid("source.date", Text.of("is in the future (today is " + today + ")",
                    "晚于今天（今天是 " + today + "）"));
        }
        // a report "as of 2025-05" counts to the month's end, which may be a few days after its own date
        if (r.to().isAfter(today.withDayOfMonth(today.lengthOfMonth()))) {
            throw Problems.invalid("to", Text.of("is after the end of the current month", "晚于本月月底"));
        }
        if (from.isBefore(p.facts().startDate())) {
            throw Problems.unprocessable("from", Text.of("is before the programme's start on " + p.facts().startDate(),
                    "早于项目开始日期 " + p.facts().startDate()));
        }
        if (p.facts().endDate() != null && r.to().isAfter(p.facts().endDate())) {
            throw Problems.unprocessable("to", Text.of("is after the programme's end on " + p.facts().endDate(),
                    "晚于项目结束日期 " + p.facts().endDate()));
        }
        String report = r.source().report().strip();
        if (ReportedTotal.count("programmeId = ?1 and institutionId = ?2 and type = ?3 and fromDate = ?4 and toDate = ?5"
                + " and sourceReport = ?6", p.facts().id(), institution, r.type(), from, r.to(), report) > 0) {
            throw Problems.conflict("type", Text.of("this report's " + r.type() + " total for " + from + ".." + r.to()
                    + " is already recorded", "该报告中 " + from + ".." + r.to() + " 的 " + r.type() + " 报告总数已登记"));
        }
        ReportedTotal t = new ReportedTotal();
        t.programmeId = p.facts().id();
        t.institutionId = institution;
        t.type = r.type();
        t.fromDate = from;
        t.toDate = r.to();
        t.count = r.count();
        t.attendances = r.attendances();
        t.sourceReport = report;
        t.sourceDate = r.source().date();
        t.sourceQuote = r.source().quote() == null || r.source().quote().isBlank() ? null : r.source().quote().strip();
        return writes.create(t, ReportedTotalEvent.REPORTED, AGGREGATE);
    }

    public Page<ReportedTotalView> search(UUID programmeId, UUID institutionId, TotalType type, PageRequest page) {
        programme(programmeId);
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("type = :type", "type", type);
        return Page.of(ReportedTotal.find(f.query(), page.toSort(SORTABLE, "-to"), f.params()), page,
                ReportedTotalView::of);
    }

    public ReportedTotal get(UUID programmeId, UUID id) {
        ReportedTotal t = ReportedTotal.findById(id);
        if (t == null || !t.programmeId.equals(programmeId)) {
            throw Problems.notFound("reported total", id);
        }
        return t;
    }

    public Page<HistoryEntry> history(UUID programmeId, UUID id, PageRequest page) {
        get(programmeId, id);
        return history.of(ReportedTotalEvent.AGGREGATE, id, null, page);
    }

    /** The totals of the programme whose span lies inside {@code from..to} (optionally of one institution). */
    public List<ReportedTotalView> inside(UUID programmeId, UUID institutionId, LocalDate from, LocalDate to) {
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("fromDate >= :from", "from", from)
                .and("toDate <= :to", "to", to);
        return ReportedTotal.<ReportedTotal>list(f.query(), io.quarkus.panache.common.Sort.by("toDate").and("fromDate")
                .and("id"), f.params()).stream().map(ReportedTotalView::of).toList();
    }

    private ProgrammeContext programme(UUID programmeId) {
        try {
            return programmes.load("programmeId", programmeId);
        } catch (io.quarkiverse.resteasy.problem.HttpProblem unknown) {
            throw Problems.notFound("programme", programmeId);
        }
    }

    static ReportedTotalEvent event(ReportedTotal t) {
        return new ReportedTotalEvent(t.id, t.programmeId, t.institutionId, t.type.name(), t.fromDate.toString(),
                t.toDate.toString(), t.count, t.attendances, new ReportedTotalEvent.Source(t.sourceReport,
                        t.sourceDate.toString(), t.sourceQuote), t.version);
    }
}
