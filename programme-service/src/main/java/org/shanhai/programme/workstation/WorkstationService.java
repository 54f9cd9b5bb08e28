package org.shanhai.programme.workstation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.WorkstationEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.programme.expert.ExpertService;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class WorkstationService {

    static final Aggregate<Workstation> AGGREGATE = new Aggregate<>(WorkstationEvent.AGGREGATE,
            w -> w.programmeId.toString(), WorkstationService::event);

    @Inject
    ProgrammeTeams teams;

    @Inject
    ExpertService experts;

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Workstation establish(UUID programmeId, String body) {
        Programme p = teams.writable(programmeId);
        WorkstationRequest r = bodies.bind(body, WorkstationRequest.class);
        List<FieldError> errors = new ArrayList<>();
        if (!p.hasRecipient(r.institutionId())) {
            errors.add(FieldError.body("institutionId", Text.of("is not a recipient of programme " + p.code,
                    "不是项目 " + p.code + " 的受援机构")));
        }
        UUID home = r.leadExpertId() == null ? null : experts.homeOf(r.leadExpertId());
        if (r.leadExpertId() != null && home == null) {
            errors.add(FieldError.body("leadExpertId", Text.of("expert " + r.leadExpertId() + " does not exist",
                    "专家 " + r.leadExpertId() + " 不存在")));
        }
        if (r.establishedDate().isBefore(p.startDate)) {
            errors.add(FieldError.body("establishedDate", Text.of("is before the programme started (" + p.startDate + ")",
                    "早于项目开始日期（" + p.startDate + "）")));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (home != null) {
            teams.requirePostable(p, home);
        }
        Workstation w = new Workstation();
        w.programmeId = p.id;
        w.institutionId = r.institutionId();
        w.name = r.name().trim();
        w.kind = r.kind();
        w.department = r.department();
        w.leadExpertId = r.leadExpertId();
        w.establishedDate = r.establishedDate();
        return writes.create(w, WorkstationEvent.ESTABLISHED, AGGREGATE);
    }

    public Workstation get(UUID programmeId, UUID id) {
        Workstation w = Workstation.findById(id);
        if (w == null || !w.programmeId.equals(programmeId)) {
            throw Problems.notFound("workstation", id);
        }
        return w;
    }

    public Page<HistoryEntry> history(UUID programmeId, UUID id, PageRequest page) {
        return history.of(WorkstationEvent.AGGREGATE, id, programmeId.toString(), page);
    }

    public Page<WorkstationView> list(UUID programmeId, PageRequest page) {
        teams.readable(programmeId);
        var sort = page.toSort(Map.of("establishedDate", "establishedDate", "name", "name", "id", "id"), "establishedDate");
        return Page.of(Workstation.find("programmeId", sort, programmeId), page, WorkstationView::of);
    }

    static WorkstationEvent event(Workstation w, Map<String, Change> changes) {
        return new WorkstationEvent(w.id, w.programmeId, w.institutionId, w.name, w.kind.name(), w.department,
                w.leadExpertId, w.establishedDate.toString());
    }
}
