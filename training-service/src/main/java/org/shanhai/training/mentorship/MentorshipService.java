package org.shanhai.training.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.MentorshipEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.time.Clock;
import org.shanhai.training.access.TrainingAccess;
import org.shanhai.training.registry.ProgrammeChecks;
import org.shanhai.training.registry.ProgrammeContext;
import org.shanhai.training.registry.RecipientInstitutions;
import org.shanhai.training.staff.StaffService;

/** Starts, completes and discontinues mentorships; each change and its event commit together. */
@ApplicationScoped
public class MentorshipService {

    static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "status", "status",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<Mentorship> AGGREGATE = new Aggregate<>(MentorshipEvent.AGGREGATE,
            m -> m.programmeId.toString(), MentorshipService::event);

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
    public Mentorship start(String body) {
        MentorshipRequests.Start r = bodies.bind(body, MentorshipRequests.Start.class);
        ProgrammeContext p = programmes.load("programmeId", r.programmeId());
        UUID institution = staff.institutionOf("apprenticeId", r.apprenticeId());
        access.programmeRecordWrite(p.facts(), institution, institutions.divisionOf(institution), false);
        p.recipient("apprenticeId", institution);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.techniques().size(); i++) {
            if (!seen.add(r.techniques().get(i).strip())) {
                throw Problems.invalid("techniques[" + i + "]", Text.of("names the technique '" + r.techniques().get(i)
                        + "' twice", "重复列出技术“" + r.techniques().get(i) + "”"));
            }
        }
        p.dateFits("startDate", r.startDate());
        p.assigned("mentorExpertId", r.mentorExpertId(), r.startDate(), programmes.isKnownExpert(r.mentorExpertId()));
        Mentorship m = new Mentorship();
        m.programmeId = p.facts().id();
        m.mentorExpertId = r.mentorExpertId();
        m.apprenticeId = r.apprenticeId();
        m.institutionId = institution;
        m.department = r.department();
        m.startDate = r.startDate();
        m.status = MentorshipStatus.ACTIVE;
        r.techniques().forEach(t -> m.techniques.add(new Mentorship.Technique(t.strip(), null)));
        return writes.create(m, MentorshipEvent.STARTED, AGGREGATE);
    }

    /** Completion: for every technique of the mentorship, whether the apprentice now performs it alone. */
    @Transactional
    public Mentorship complete(UUID id, String ifMatch, String body) {
        Mentorship m = forTransition(id, ifMatch);
        MentorshipRequests.Completion r = bodies.bind(body, MentorshipRequests.Completion.class);
        endDate(m, r.date());
        Map<String, Boolean> outcome = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.techniques().size(); i++) {
            MentorshipRequests.Outcome o = r.techniques().get(i);
            String name = o.name().strip();
            if (m.techniques.stream().noneMatch(t -> t.name.equals(name))) {
                throw Problems.invalid("techniques[" + i + "].name", Text.of("'" + name + "' is not a technique of this mentorship",
                        "“" + name + "”不是本次师带徒所列的技术"));
            }
            if (outcome.put(name, o.independent()) != null) {
                throw Problems.invalid("techniques[" + i + "].name", Text.of("gives '" + name + "' twice",
                        "重复给出“" + name + "”"));
            }
        }
        List<String> missing = m.techniques.stream().map(t -> t.name).filter(n -> !outcome.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw Problems.invalid(List.of(FieldError.body("techniques", Text.of("lacks the outcome of " + missing,
                    "缺少以下技术的结果：" + String.join("、", missing)))));
        }
        transition(m, MentorshipStatus.COMPLETED, MentorshipEvent.COMPLETED, x -> {
            x.endDate = r.date();
            x.techniques.forEach(t -> t.independent = outcome.get(t.name));
        });
        return m;
    }

    @Transactional
    public Mentorship discontinue(UUID id, String ifMatch, String body) {
        Mentorship m = forTransition(id, ifMatch);
        MentorshipRequests.Discontinuation r = bodies.bind(body, MentorshipRequests.Discontinuation.class);
        endDate(m, r.date());
        transition(m, MentorshipStatus.DISCONTINUED, MentorshipEvent.DISCONTINUED, x -> {
            x.endDate = r.date();
            x.reason = r.reason().strip();
        });
        return m;
    }

    public Mentorship get(UUID id) {
        Mentorship m = Mentorship.findById(id);
        if (m == null) {
            throw Problems.notFound("mentorship", id);
        }
        return m;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(MentorshipEvent.AGGREGATE, id, null, page);
    }

    public Page<MentorshipView> search(UUID programmeId, UUID institutionId, UUID mentorExpertId, UUID apprenticeId,
            MentorshipStatus status, PageRequest page) {
        Filters f = new Filters()
                .and("programmeId = :programme", "programme", programmeId)
                .and("institutionId = :inst", "inst", institutionId)
                .and("mentorExpertId = :mentor", "mentor", mentorExpertId)
                .and("apprenticeId = :apprentice", "apprentice", apprenticeId)
                .and("status = :status", "status", status);
        return Page.of(Mentorship.find(f.query(), page.toSort(SORTABLE, "-startDate"), f.params()), page,
                MentorshipView::of);
    }

    /** A programme's mentorships over a window: see {@link #figures}. */
    public record Figures(long apprenticesStarted, long active, long completed, long discontinued,
            long techniquesAssessed, long techniquesIndependent) {
    }

    /**
     * Over {@code from..to} (apprentices at one institution, or all): distinct apprentices whose mentorship
     * started in it; mentorships active at its end; completed and discontinued in it; and of the techniques
     * of those completed in it, how many were assessed and how many are now performed independently.
     */
    public Figures figures(UUID programmeId, UUID institutionId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new Figures(0, 0, 0, 0, 0, 0);
        }
        Filters f = new Filters().and("m.programmeId = :programme", "programme", programmeId)
                .and("m.institutionId = :inst", "inst", institutionId);
        var em = Mentorship.getEntityManager();
        java.util.function.Function<String, Long> count = where -> {
            var q = em.createQuery("select " + where + " and " + f.query(), Long.class);
            f.params().map().forEach(q::setParameter);
            if (where.contains(":from")) {
                q.setParameter("from", from);
            }
            q.setParameter("to", to);
            return q.getSingleResult();
        };
        long started = count.apply("count(distinct m.apprenticeId) from Mentorship m where m.startDate >= :from"
                + " and m.startDate <= :to");
        long active = count.apply("count(m) from Mentorship m where m.startDate <= :to"
                + " and (m.status = org.shanhai.training.mentorship.MentorshipStatus.ACTIVE or m.endDate > :to)");
        long completed = count.apply("count(m) from Mentorship m where m.status ="
                + " org.shanhai.training.mentorship.MentorshipStatus.COMPLETED and m.endDate >= :from and m.endDate <= :to");
        long discontinued = count.apply("count(m) from Mentorship m where m.status ="
                + " org.shanhai.training.mentorship.MentorshipStatus.DISCONTINUED and m.endDate >= :from and m.endDate <= :to");
        long assessed = count.apply("count(t) from Mentorship m join m.techniques t where m.status ="
                + " org.shanhai.training.mentorship.MentorshipStatus.COMPLETED and m.endDate >= :from and m.endDate <= :to");
        long independent = count.apply("count(t) from Mentorship m join m.techniques t where m.status ="
                + " org.shanhai.training.mentorship.MentorshipStatus.COMPLETED and m.endDate >= :from and m.endDate <= :to"
                + " and t.independent = true");
        return new Figures(started, active, completed, discontinued, assessed, independent);
    }

    /** The mentorship, locked, with the caller's right to change it checked. */
    private Mentorship forTransition(UUID id, String ifMatch) {
        Mentorship m = Mentorship.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw Problems.notFound("mentorship", id);
        }
        ProgrammeContext p = programmes.load("programmeId", m.programmeId);
        access.programmeRecordWrite(p.facts(), m.institutionId, institutions.divisionOf(m.institutionId), false);
        ETags.check(ifMatch, m.version);
        return m;
    }

    private static void endDate(Mentorship m, LocalDate date) {
        if (date.isBefore(m.startDate)) {
            throw Problems.invalid("date", Text.of("is before the mentorship's start on " + m.startDate,
                    "早于师带徒开始日期 " + m.startDate));
        }
        if (date.isAfter(Clock.today())) {
            throw Problems.invalid("date", Text.of("is in the future (today is " + Clock.today() + ")",
                    "晚于今天（今天是 " + Clock.today() + "）"));
        }
    }

    private void transition(Mentorship m, MentorshipStatus next, String eventType,
            java.util.function.Consumer<Mentorship> change) {
        if (!m.status.canMoveTo(next)) {
            throw Problems.conflict("status", Text.of("the mentorship is " + m.status + ": it cannot become " + next,
                    "该师带徒状态为 " + m.status + "，不能变为 " + next));
        }
        writes.update(m, eventType, AGGREGATE, x -> {
            x.status = next;
            change.accept(x);
        });
    }

    static MentorshipEvent event(Mentorship m, Map<String, Change> changes) {
        return new MentorshipEvent(m.id, m.programmeId, m.mentorExpertId, m.apprenticeId, m.institutionId, m.department,
                m.startDate.toString(), m.techniques.stream().map(t -> new MentorshipEvent.Technique(t.name, t.independent))
                        .toList(), m.status.name(), m.endDate == null ? null : m.endDate.toString(), m.reason, m.version,
                changes);
    }
}
