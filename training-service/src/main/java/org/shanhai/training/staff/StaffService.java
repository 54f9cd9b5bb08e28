package org.shanhai.training.staff;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.StaffEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.training.access.TrainingAccess;
import org.shanhai.training.registry.RecipientInstitutions;

/** Registers and changes local staff; names are shown only to those who may see them, and every such read is logged. */
@ApplicationScoped
public class StaffService {

    static final Map<String, String> SORTABLE = Map.of("department", "department", "createdAt", "createdAt", "id", "id");

    static final Aggregate<StaffMember> AGGREGATE = new Aggregate<>(StaffEvent.AGGREGATE,
            s -> s.institutionId.toString(), StaffService::event);

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    TrainingAccess access;

    @Inject
    RecipientInstitutions institutions;

    @Inject
    StaffNames names;

    @Inject
    StaffReadLog readLog;

    @Inject
    History history;

    @Transactional
    public StaffMember register(String body) {
        StaffRequest r = bodies.bind(body, StaffRequest.class);
        access.requireOwnInstitution(r.institutionId());
        InstitutionReference institution = institutions.require("institutionId", r.institutionId());
        access.institutionRecordWrite(institution.id, institution.divisionCode);
        StaffMember s = new StaffMember();
        s.institutionId = r.institutionId();
        apply(s, r);
        return writes.create(s, StaffEvent.REGISTERED, AGGREGATE);
    }

    @Transactional
    public StaffMember replace(UUID id, String ifMatch, String body) {
        StaffMember s = find(id);
        access.institutionRecordWrite(s.institutionId, institutions.divisionOf(s.institutionId));
        ETags.check(ifMatch, s.version);
        StaffRequest r = bodies.bind(body, StaffRequest.class);
        if (!r.institutionId().equals(s.institutionId)) {
            throw Problems.invalid("institutionId", Text.of("a staff member stays with the institution; register at the other",
                    "本地人员不能改属其他机构；请在另一机构重新登记"));
        }
        writes.update(s, StaffEvent.UPDATED, AGGREGATE, x -> apply(x, r));
        return s;
    }

    /** One record as the caller may see it; a read that shows the name is logged. */
    public StaffView read(UUID id, String request) {
        StaffMember s = find(id);
        boolean named = names.maySee(s.institutionId);
        if (named) {
            readLog.named(request, List.of(s.id));
        }
        return StaffView.of(s, named);
    }

    public Page<StaffView> search(UUID institutionId, String department, PageRequest page, String request) {
        Filters f = new Filters()
                .and("institutionId = :inst", "inst", institutionId)
                .and("department like :dept", "dept",
                        department == null || department.isBlank() ? null : PageRequest.prefixPattern(department));
        Page<StaffMember> rows = Page.of(StaffMember.<StaffMember>find(f.query(), page.toSort(SORTABLE, "createdAt"),
                f.params()), page, s -> s);
        readLog.named(request, rows.items().stream().filter(s -> names.maySee(s.institutionId)).map(s -> s.id).toList());
        return rows.map(s -> StaffView.of(s, names.maySee(s.institutionId)));
    }

    public StaffMember find(UUID id) {
        StaffMember s = StaffMember.findById(id);
        if (s == null) {
            throw Problems.notFound("staff member", id);
        }
        return s;
    }

    /** The institution of a registered staff member a record names in {@code field}, or a 422 naming it. */
    public UUID institutionOf(String field, UUID staffId) {
        StaffMember s = staffId == null ? null : StaffMember.findById(staffId);
        if (s == null) {
            throw Problems.unprocessable(field, Text.of("staff member " + staffId
                    + " is not registered: register them (POST /api/v1/staff) first",
                    "本地人员 " + staffId + " 尚未登记：请先登记（POST /api/v1/staff）"));
        }
        return s.institutionId;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(StaffEvent.AGGREGATE, id, null, page);
    }

    private static void apply(StaffMember s, StaffRequest r) {
        s.name = r.name().trim();
        s.department = r.department();
        s.title = r.title() == null || r.title().isBlank() ? null : r.title().trim();
    }

    /** The event never carries a name; a changed name is only said to have changed. */
    static StaffEvent event(StaffMember s, Map<String, Change> changes) {
        Map<String, Change> withheld = null;
        if (changes != null) {
            withheld = new LinkedHashMap<>(changes);
            if (withheld.containsKey("name")) {
                withheld.put("name", new Change(StaffEvent.WITHHELD, StaffEvent.WITHHELD));
            }
        }
        return new StaffEvent(s.id, s.institutionId, s.department, s.title, s.version, withheld);
    }
}
