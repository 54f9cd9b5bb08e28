package org.shanhai.programme.expert;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ExpertEvent;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.Clock;
import org.shanhai.programme.access.Access;
import org.shanhai.programme.institution.Institution;

@ApplicationScoped
public class ExpertService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "title", "title", "department", "department",
            "createdAt", "createdAt", "id", "id");

    @Inject
    Outbox outbox;

    @Inject
    Access access;

    @Transactional
    public Expert register(ExpertRequest r) {
        Institution home = home(r.homeInstitutionId());
        access.expertWrite(home.id, home.divisionCode);
        Expert e = new Expert();
        e.id = UUID.randomUUID();
        e.createdAt = Clock.now();
        e.updatedAt = e.createdAt;
        apply(e, r);
        e.persistAndFlush();
        outbox.record(ExpertEvent.REGISTERED, "expert", e.id, e.id.toString(), event(e, null));
        return e;
    }

    @Transactional
    public Expert replace(UUID id, String ifMatch, ExpertRequest r) {
        Expert e = get(id);
        ETags.check(ifMatch, e.version);
        Institution current = home(e.homeInstitutionId);
        access.expertWrite(current.id, current.divisionCode);
        Institution next = home(r.homeInstitutionId());
        access.expertWrite(next.id, next.divisionCode);
        Map<String, Object> before = e.snapshot();
        apply(e, r);
        Map<String, Change> changes = Change.between(before, e.snapshot());
        if (changes.isEmpty()) {
            return e;
        }
        e.updatedAt = Clock.now();
        Expert.getEntityManager().flush();
        outbox.record(ExpertEvent.UPDATED, "expert", e.id, e.id.toString(), event(e, changes));
        return e;
    }

    public Expert get(UUID id) {
        Expert e = Expert.findById(id);
        if (e == null) {
            throw Problems.notFound("expert", id);
        }
        return e;
    }

    public PanacheQuery<Expert> search(String q, UUID homeInstitutionId, String department, Title title, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("lower(name) like :q");
            params.and("q", PageRequest.containsPattern(q));
        }
        if (homeInstitutionId != null) {
            where.add("homeInstitutionId = :home");
            params.and("home", homeInstitutionId);
        }
        if (department != null && !department.isBlank()) {
            where.add("department like :dept");
            params.and("dept", department + "%");
        }
        if (title != null) {
            where.add("title = :title");
            params.and("title", title);
        }
        var sort = page.toSort(SORTABLE, "name");
        return where.isEmpty() ? Expert.findAll(sort) : Expert.find(String.join(" and ", where), sort, params);
    }

    private static Institution home(UUID id) {
        Institution i = Institution.findById(id);
        if (i == null) {
            throw Problems.invalid("homeInstitutionId", "institution " + id + " does not exist");
        }
        return i;
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
