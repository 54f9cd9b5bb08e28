package org.shanhai.programme.expert;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ExpertEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.programme.access.Access;
import org.shanhai.programme.institution.InstitutionService;

@ApplicationScoped
public class ExpertService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "title", "title", "department", "department",
            "createdAt", "createdAt", "id", "id");

    static final Aggregate<Expert> AGGREGATE = new Aggregate<>(ExpertEvent.AGGREGATE, e -> e.id.toString(),
            ExpertService::event);

    @Inject
    EntityWrites writes;

    @Inject
    Access access;

    @Inject
    InstitutionService institutions;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Expert register(String body) {
        ExpertRequest r = bodies.bind(body, ExpertRequest.class);
        access.expertWrite(r.homeInstitutionId(), homeDivision(r.homeInstitutionId()));
        Expert e = new Expert();
        apply(e, r);
        return writes.create(e, ExpertEvent.REGISTERED, AGGREGATE);
    }

    @Transactional
    public Expert replace(UUID id, String ifMatch, String body) {
        Expert e = get(id);
        access.expertWrite(e.homeInstitutionId, institutions.divisionOf(e.homeInstitutionId));
        ETags.check(ifMatch, e.version);
        ExpertRequest r = bodies.bind(body, ExpertRequest.class);
        access.expertWrite(r.homeInstitutionId(), homeDivision(r.homeInstitutionId()));
        writes.update(e, ExpertEvent.UPDATED, AGGREGATE, x -> apply(x, r));
        return e;
    }

    public Expert get(UUID id) {
        Expert e = Expert.findById(id);
        if (e == null) {
            throw Problems.notFound("expert", id);
        }
        return e;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(ExpertEvent.AGGREGATE, id, null, page);
    }

    public Page<ExpertView> search(String q, UUID homeInstitutionId, String department, Title title, PageRequest page) {
        Filters f = new Filters()
                .and("lower(name) like :q", "q", q == null || q.isBlank() ? null : PageRequest.containsPattern(q))
                .and("homeInstitutionId = :home", "home", homeInstitutionId)
                .and("department like :dept", "dept",
                        department == null || department.isBlank() ? null : PageRequest.prefixPattern(department))
                .and("title = :title", "title", title);
        return Page.of(Expert.find(f.query(), page.toSort(SORTABLE, "name"), f.params()), page, ExpertView::of);
    }

    // What other features ask of experts (they never use the entity).

    /** The expert's home institution, or null when there is no such expert. */
    public UUID homeOf(UUID expertId) {
        Expert e = expertId == null ? null : Expert.findById(expertId);
        return e == null ? null : e.homeInstitutionId;
    }

    /**
     * Reserves the expert for a posting in the caller's transaction (its row stays locked until
     * commit, so two postings of one expert cannot both pass the overlap check) and returns the
     * home institution; null when there is no such expert.
     */
    public UUID reserveForPosting(UUID expertId) {
        Expert e = expertId == null ? null : Expert.findById(expertId, LockModeType.PESSIMISTIC_WRITE);
        return e == null ? null : e.homeInstitutionId;
    }

    /** Titles of the given experts, for team checks. */
    public Map<UUID, Title> titles(Collection<UUID> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        return Expert.<Expert>list("id in ?1", expertIds).stream().filter(e -> e.title != null)
                .collect(Collectors.toMap(e -> e.id, e -> e.title));
    }

    private String homeDivision(UUID home) {
        String division = institutions.divisionOf(home);
        if (division == null) {
            throw Problems.invalid("homeInstitutionId", Text.of("institution " + home + " does not exist",
                    "机构 " + home + " 不存在"));
        }
        return division;
    }

    private static void apply(Expert e, ExpertRequest r) {
        e.name = r.name().trim();
        e.homeInstitutionId = r.homeInstitutionId();
        e.department = r.department();
        e.title = r.title();
        e.degree = r.degree();
    }

    static ExpertEvent event(Expert e, Map<String, Change> changes) {
        return new ExpertEvent(e.id, e.name, e.homeInstitutionId, e.department,
                e.title == null ? null : e.title.name(), e.title == null ? null : e.title.level.name(),
                e.degree == null ? null : e.degree.name(), e.version, changes);
    }
}
