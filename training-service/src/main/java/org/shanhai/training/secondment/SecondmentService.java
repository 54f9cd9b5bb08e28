package org.shanhai.training.secondment;

import java.time.LocalDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.SecondmentEvent;
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
import org.shanhai.training.staff.StaffService;

/** Starts and completes secondments; each change and its event commit together. */
@ApplicationScoped
public class SecondmentService {

    static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "type", "type", "status", "status",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<Secondment> AGGREGATE = new Aggregate<>(SecondmentEvent.AGGREGATE,
            s -> s.programmeId.toString(), SecondmentService::event);

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
    StaffService staff;

    @Inject
    History history;

    @Transactional
    public Secondment start(String body) {
        SecondmentRequests.Start r = bodies.bind(body, SecondmentRequests.Start.class);
        ProgrammeContext p = programmes.load("programmeId", r.programmeId());
        UUID institution = staff.institutionOf("staffId", r.staffId());
        access.programmeRecordWrite(p.facts(), institution, institutions.divisionOf(institution), false);
        p.recipient("staffId", institution);
        p.supporter("hostInstitutionId", r.hostInstitutionId());
        p.dateFits("startDate", r.startDate());
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw Problems.invalid("endDate", Text.of("is before the start on " + r.startDate(),
                    "早于开始日期 " + r.startDate()));
        }
        Secondment s = new Secondment();
        s.programmeId = p.facts().id();
        s.staffId = r.staffId();
        s.institutionId = institution;
        s.hostInstitutionId = r.hostInstitutionId();
        s.type = r.type();
        s.department = r.department();
        s.startDate = r.startDate();
        s.endDate = r.endDate();
        s.status = SecondmentStatus.ONGOING;
        return writes.create(s, SecondmentEvent.STARTED, AGGREGATE);
    }

    @Transactional
    public Secondment complete(UUID id, String ifMatch, String body) {
        Secondment s = Secondment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw Problems.notFound("secondment", id);
        }
        ProgrammeContext p = programmes.load("programmeId", s.programmeId);
        access.programmeRecordWrite(p.facts(), s.institutionId, institutions.divisionOf(s.institutionId), false);
        ETags.check(ifMatch, s.version);
        SecondmentRequests.Completion r = bodies.bind(body, SecondmentRequests.Completion.class);
        if (s.status != SecondmentStatus.ONGOING) {
            throw Problems.conflict("status", Text.of("the secondment is already " + s.status,
                    "该进修已处于 " + s.status + " 状态"));
        }
        if (r.endDate().isBefore(s.startDate)) {
            throw Problems.invalid("endDate", Text.of("is before the start on " + s.startDate,
                    "早于开始日期 " + s.startDate));
        }
        if (r.endDate().isAfter(Clock.today())) {
            throw Problems.invalid("endDate", Text.of("is in the future (today is " + Clock.today() + ")",
                    "晚于今天（今天是 " + Clock.today() + "）"));
        }
        writes.update(s, SecondmentEvent.COMPLETED, AGGREGATE, x -> {
            x.status = SecondmentStatus.COMPLETED;
            x.endDate = r.endDate();
            x.qualification = r.qualification() == null || r.qualification().isBlank() ? null : r.qualification().strip();
        });
        return s;
    }

    public Secondment get(UUID id) {
        Secondment s = Secondment.findById(id);
        if (s == null) {
            throw Problems.notFound("secondment", id);
        }
        return s;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(SecondmentEvent.AGGREGATE, id, null, page);
    }

    public Page<SecondmentView> search(UUID programmeId, UUID staffId, UUID hostInstitutionId, SecondmentType type,
            SecondmentStatus status, PageRequest page) {
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("staffId = :staff", "staff", staffId)
                .and("hostInstitutionId = :host", "host", hostInstitutionId)
                .and("type = :type", "type", type)
                .and("status = :status", "status", status);
        return Page.of(Secondment.find(f.query(), page.toSort(SORTABLE, "-startDate"), f.params()), page,
                SecondmentView::of);
    }

    /** Distinct staff members whose secondment of each type started within {@code from..to}. */
    public Map<SecondmentType, Long> staffStarted(UUID programmeId, UUID institutionId, LocalDate from, LocalDate to) {
        Map<SecondmentType, Long> byType = new java.util.EnumMap<>(SecondmentType.class);
        if (from.isAfter(to)) {
            return byType;
        }
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("startDate >= :from", "from", from)
                .and("startDate <= :to", "to", to);
        var q = Secondment.getEntityManager().createQuery("select type, count(distinct staffId) from Secondment where "
                + f.query() + " group by type", Object[].class);
        f.params().map().forEach(q::setParameter);
        q.getResultList().forEach(r -> byType.put((SecondmentType) r[0], (Long) r[1]));
        return byType;
    }

    static SecondmentEvent event(Secondment s, Map<String, Change> changes) {
        return new SecondmentEvent(s.id, s.programmeId, s.staffId, s.institutionId, s.hostInstitutionId, s.type.name(),
                s.department, s.startDate.toString(), s.endDate == null ? null : s.endDate.toString(), s.status.name(),
                s.qualification, s.version, changes);
    }
}
