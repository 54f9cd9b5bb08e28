package org.shanhai.training.activity;

import java.math.BigDecimal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.TrainingActivityEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.training.access.TrainingAccess;
import org.shanhai.training.registry.ProgrammeChecks;
import org.shanhai.training.registry.ProgrammeContext;
import org.shanhai.training.registry.RecipientInstitutions;

/** Records and corrects training activities; each change and its event commit together. */
@ApplicationScoped
public class ActivityService {

    static final Map<String, String> SORTABLE = Map.of("date", "date", "type", "type", "attendeeCount", "attendeeCount",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<TrainingActivity> AGGREGATE = new Aggregate<>(TrainingActivityEvent.AGGREGATE,
            a -> a.programmeId.toString(), ActivityService::event);

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
    public TrainingActivity record(String body) {
        ActivityRequest r = bodies.bind(body, ActivityRequest.class);
        ProgrammeContext p = programmes.load("programmeId", r.programmeId());
        checkInstitution(r.institutionId()); // an institution not announced yet is a 422, for every role
        authorise(p, r.institutionId());
        check(p, r);
        TrainingActivity a = new TrainingActivity();
        a.programmeId = p.facts().id();
        apply(a, r);
        return writes.create(a, TrainingActivityEvent.RECORDED, AGGREGATE);
    }

    /**
     * A correction: the programme stays (it is the event key); the original stays in the history and
     * the event names each changed field's old and new value.
     */
    @Transactional
    public TrainingActivity correct(UUID id, String ifMatch, String body) {
        TrainingActivity a = get(id);
        ProgrammeContext p = programmes.load("programmeId", a.programmeId);
        authorise(p, a.institutionId);
        ETags.check(ifMatch, a.version);
        ActivityRequest r = bodies.bind(body, ActivityRequest.class);
        if (!r.programmeId().equals(a.programmeId)) {
            throw Problems.invalid("programmeId", Text.of("an activity stays with its programme; record it under the other one",
                    "培训活动不能改属其他项目；请在另一项目下重新登记"));
        }
        authorise(p, r.institutionId());
        check(p, r);
        writes.update(a, TrainingActivityEvent.CORRECTED, AGGREGATE, x -> apply(x, r));
        return a;
    }

    public TrainingActivity get(UUID id) {
        TrainingActivity a = TrainingActivity.findById(id);
        if (a == null) {
            throw Problems.notFound("training activity", id);
        }
        return a;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(TrainingActivityEvent.AGGREGATE, id, null, page);
    }

    public Page<ActivityView> search(UUID programmeId, UUID institutionId, ActivityType type, LocalDate from,
            LocalDate to, PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidQuery("to", Text.of("is before from", "早于 from"));
        }
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("type = :type", "type", type)
                .and("date >= :from", "from", from)
                .and("date <= :to", "to", to);
        return Page.of(TrainingActivity.find(f.query(), page.toSort(SORTABLE, "-date"), f.params()), page,
                ActivityView::of);
    }

    /** Recorded activities of one type: how many, their attendances and hours. */
    public record Recorded(long count, long attendees, BigDecimal hours) {
    }

    /** The programme's recorded activities dated within {@code from..to} (at one institution, or all), by type. */
    public Map<ActivityType, Recorded> recorded(UUID programmeId, UUID institutionId, LocalDate from, LocalDate to) {
        Map<ActivityType, Recorded> byType = new java.util.EnumMap<>(ActivityType.class);
        if (from.isAfter(to)) {
            return byType;
        }
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("date >= :from", "from", from)
                .and("date <= :to", "to", to);
        var q = TrainingActivity.getEntityManager().createQuery("select type, count(*), sum(attendeeCount), sum(hours)"
                + " from TrainingActivity where " + f.query() + " group by type", Object[].class);
        f.params().map().forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            byType.put((ActivityType) row[0], new Recorded((Long) row[1], ((Number) row[2]).longValue(), (BigDecimal) row[3]));
        }
        return byType;
    }

    /** The role check for a record at {@code institutionId}; the institution's own reporter may write it. */
    void authorise(ProgrammeContext p, UUID institutionId) {
        access.programmeRecordWrite(p.facts(), institutionId, institutions.divisionOf(institutionId), true);
    }

    /** Every rule a record (typed in or imported) must meet; the first broken one is the problem thrown. */
    void check(ProgrammeContext p, ActivityRequest r) {
        checkInstitution(r.institutionId());
        p.recipient("institutionId", r.institutionId());
        p.dateFits("date", r.date());
        p.assigned("leadExpertId", r.leadExpertId(), r.date(), programmes.isKnownExpert(r.leadExpertId()));
    }

    void checkInstitution(UUID institutionId) {
        InstitutionReference known = institutions.find(institutionId);
        if (known == null) {
            throw Problems.unprocessable("institutionId", Text.of("institution " + institutionId
                    + " is not known here (yet): programme-service has not announced it",
                    "本服务尚未收到机构 " + institutionId + " 的信息：programme-service 尚未发布该机构"));
        }
    }

    static void apply(TrainingActivity a, ActivityRequest r) {
        a.institutionId = r.institutionId();
        a.type = r.type();
        a.date = r.date();
        a.department = r.department();
        a.leadExpertId = r.leadExpertId();
        a.topic = r.topic().strip();
        a.attendeeCount = r.attendeeCount();
        a.hours = r.hours().setScale(1, RoundingMode.UNNECESSARY); // @Digits allows one place
    }

    static TrainingActivityEvent event(TrainingActivity a, Map<String, Change> changes) {
        return new TrainingActivityEvent(a.id, a.programmeId, a.institutionId, a.type.name(), a.date.toString(),
                a.department, a.leadExpertId, a.topic, a.attendeeCount, a.hours.toPlainString(), a.version, changes);
    }
}
