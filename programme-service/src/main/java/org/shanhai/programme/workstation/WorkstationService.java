package org.shanhai.programme.workstation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.events.contract.WorkstationEvent;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.Clock;
import org.shanhai.programme.expert.Expert;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class WorkstationService {

    @Inject
    ProgrammeTeams teams;

    @Inject
    Outbox outbox;

    @Transactional
    public Workstation establish(UUID programmeId, WorkstationRequest r) {
        Programme p = teams.writable(programmeId);
        List<FieldError> errors = new ArrayList<>();
        if (!p.hasRecipient(r.institutionId())) {
            errors.add(FieldError.body("institutionId", "is not a recipient of programme " + p.code));
        }
        if (r.leadExpertId() != null && Expert.findById(r.leadExpertId()) == null) {
            errors.add(FieldError.body("leadExpertId", "expert " + r.leadExpertId() + " does not exist"));
        }
        if (r.establishedDate().isBefore(p.startDate)) {
            errors.add(FieldError.body("establishedDate", "is before the programme started (" + p.startDate + ")"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Workstation w = new Workstation();
        w.id = UUID.randomUUID();
        w.programmeId = p.id;
        w.institutionId = r.institutionId();
        w.name = r.name().trim();
        w.kind = r.kind();
        w.department = r.department();
        w.leadExpertId = r.leadExpertId();
        w.establishedDate = r.establishedDate();
        w.createdAt = Clock.now();
        w.persist();
        outbox.record(WorkstationEvent.ESTABLISHED, "workstation", w.id, p.id.toString(), new WorkstationEvent(w.id,
                p.id, w.institutionId, w.name, w.kind.name(), w.department, w.leadExpertId, w.establishedDate.toString()));
        return w;
    }

    public Workstation get(UUID programmeId, UUID id) {
        Workstation w = Workstation.findById(id);
        if (w == null || !w.programmeId.equals(programmeId)) {
            throw Problems.notFound("workstation", id);
        }
        return w;
    }

    public PanacheQuery<Workstation> list(UUID programmeId, PageRequest page) {
        teams.readable(programmeId);
        var sort = page.toSort(Map.of("establishedDate", "establishedDate", "name", "name", "id", "id"), "establishedDate");
        return Workstation.find("programmeId", sort, programmeId);
    }
}
