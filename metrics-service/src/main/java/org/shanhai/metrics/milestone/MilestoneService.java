package org.shanhai.metrics.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.MilestoneEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.time.Clock;
import org.shanhai.metrics.programme.ProgrammeRecords;

/**
 * A programme's milestones: recorded and corrected by those who write the programme's evaluation
 * ({@link ProgrammeRecords#requireWrite}), each change an event and a history entry; read by anyone
 * signed in. The same milestone twice (type, institution, name, department, level, stage, grade and
 * standard alike) is a 409, so a count never holds one capability twice.
 */
@ApplicationScoped
public class MilestoneService {

    static final Aggregate<Milestone> AGGREGATE = new Aggregate<>(MilestoneEvent.AGGREGATE,
            m -> m.programmeId.toString(), MilestoneService::event);

    @Inject
    ProgrammeRecords programmes;

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Milestone record(UUID programmeId, String body) {
        ProgrammeFacts p = programmes.get(programmeId);
        programmes.requireWrite(p);
        MilestoneRequest r = request(body);
        Milestone m = new Milestone();
        m.programmeId = p.id();
        apply(m, r, p);
        return writes.create(m, MilestoneEvent.RECORDED, AGGREGATE);
    }

    @Transactional
    public Milestone correct(UUID programmeId, UUID id, String ifMatch, String body) {
        ProgrammeFacts p = programmes.get(programmeId);
        programmes.requireWrite(p);
        Milestone m = get(programmeId, id);
        ETags.check(ifMatch, m.version);
        MilestoneRequest r = request(body);
        writes.update(m, MilestoneEvent.UPDATED, AGGREGATE, x -> apply(x, r, p));
        return m;
    }

    public Milestone get(UUID programmeId, UUID id) {
        Milestone m = Milestone.findById(id);
        if (m == null || !m.programmeId.equals(programmeId)) {
            throw Problems.notFound("milestone", id);
        }
        return m;
    }

    public MilestoneView view(Milestone m) {
        return MilestoneView.of(m, programmes.institutionName(m.institutionId));
    }

    public Page<MilestoneView> search(UUID programmeId, MilestoneType type, UUID institutionId, PageRequest page) {
        programmes.get(programmeId);
        Filters f = new Filters()
                .and("programmeId = :p", "p", programmeId)
                .and("type = :type", "type", type)
                .and("institutionId = :inst", "inst", institutionId);
        var sort = page.toSort(Map.of("achieved", "achievedStart", "type", "type", "createdAt", "createdAt"), "achieved");
        return Page.of(Milestone.find(f.query(), sort, f.params()), page, this::view);
    }

    /** The programme's milestones at one institution, dated first (for the scorecard). */
    public List<MilestoneView> at(UUID programmeId, UUID institutionId) {
        return Milestone.<Milestone>list("programmeId = ?1 and institutionId = ?2 order by achievedStart nulls last, "
                + "type, name", programmeId, institutionId).stream().map(this::view).toList();
    }

    public Page<HistoryEntry> history(UUID programmeId, UUID id, PageRequest page) {
        get(programmeId, id);
        return history.of(MilestoneEvent.AGGREGATE, id, programmeId.toString(), page);
    }

    private MilestoneRequest request(String body) {
        MilestoneRequest r = bodies.bind(body, MilestoneRequest.class);
        List<FieldError> errors = MilestoneRules.check(r);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return r;
    }

    private void apply(Milestone m, MilestoneRequest r, ProgrammeFacts p) {
        UUID institutionId = programmes.recipient(p, r.institutionId(), "institutionId");
        // read before this milestone changes, so the query does not flush a half-applied row
        List<Milestone> siblings = Milestone.list("programmeId = ?1 and institutionId = ?2 and type = ?3", p.id(),
                institutionId, r.type());
        m.institutionId = institutionId;
        m.type = r.type();
        m.name = blankToNull(r.name());
        m.department = r.department();
        if (r.achieved() == null || r.achieved().isBlank()) {
            m.achieved = null;
            m.achievedStart = null;
            m.achievedEnd = null;
        } else {
            Achieved a;
            try {
                a = Achieved.parse(r.achieved(), Clock.today());
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("achieved", InvalidValueException.reasonOf(e));
            }
            m.achieved = a.text();
            m.achievedStart = a.start();
            m.achievedEnd = a.end();
        }
        m.independent = r.type() == MilestoneType.NEW_TECHNIQUE ? Boolean.TRUE.equals(r.independent()) : null;
        m.level = r.level();
        m.stage = r.stage();
        m.grade = r.grade();
        m.standard = r.standard();
        m.note = blankToNull(r.note());
        m.source = blankToNull(r.source());
        if (siblings.stream().anyMatch(o -> !o.id.equals(m.id) && sameCapability(o, m))) {
            throw Problems.conflict("type", Text.of("the programme already has this " + m.type + " milestone at institution "
                    + m.institutionId, "该项目在机构 " + m.institutionId + " 已有这一 " + m.type + " 里程碑"));
        }
    }

    private static boolean sameCapability(Milestone a, Milestone b) {
        return java.util.Objects.equals(a.name == null ? null : a.name.toLowerCase(),
                b.name == null ? null : b.name.toLowerCase()) && java.util.Objects.equals(a.department, b.department)
                && a.level == b.level && a.stage == b.stage && a.grade == b.grade && a.standard == b.standard;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static MilestoneEvent event(Milestone m, Map<String, Change> changes) {
        return new MilestoneEvent(m.id, m.programmeId, m.institutionId, m.type.name(), m.name, m.department, m.achieved,
                m.independent, m.level == null ? null : m.level.name(), m.stage == null ? null : m.stage.name(),
                m.grade == null ? null : m.grade.name(), m.standard == null ? null : m.standard.name(), m.note, m.source,
                m.version, changes);
    }
}
