package org.shanhai.programme.institution;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.InstitutionEvent;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.access.Access;

/** Registers and changes institutions; each change and its event commit together. */
@ApplicationScoped
public class InstitutionService {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "divisionCode", "divisionCode", "kind", "kind",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");

    @Inject
    Outbox outbox;

    @Inject
    Access access;

    @Transactional
    public Institution register(InstitutionRequest request) {
        access.institutionWrite(request.divisionCode());
        requireFreeCreditCode(request.creditCode(), null);
        Institution i = new Institution();
        i.id = UUID.randomUUID();
        i.createdAt = now();
        apply(i, request);
        i.persistAndFlush();
        outbox.record(InstitutionEvent.REGISTERED, "institution", i.id, i.id.toString(), event(i, null));
        return i;
    }

    @Transactional
    public Institution replace(UUID id, String ifMatch, InstitutionRequest request) {
        Institution i = get(id);
        ETags.check(ifMatch, i.version);
        access.institutionWrite(i.divisionCode);
        access.institutionWrite(request.divisionCode());
        requireFreeCreditCode(request.creditCode(), id);
        Map<String, Object> before = i.snapshot();
        apply(i, request);
        Map<String, Change> changes = Change.between(before, i.snapshot());
        if (changes.isEmpty()) {
            return i; // nothing changed: no new version, no event
        }
        i.updatedAt = now();
        Institution.getEntityManager().flush(); // bumps the version the event carries
        outbox.record(InstitutionEvent.UPDATED, "institution", i.id, i.id.toString(), event(i, changes));
        return i;
    }

    public Institution get(UUID id) {
        Institution i = Institution.findById(id);
        if (i == null) {
            throw Problems.notFound("institution", id);
        }
        return i;
    }

    public PanacheQuery<Institution> search(String q, String divisionCode, InstitutionKind kind, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("(lower(name) like :q or lower(coalesce(nameEn, '')) like :q)");
            params.and("q", PageRequest.containsPattern(q));
        }
        if (divisionCode != null && !divisionCode.isBlank()) {
            if (!DivisionCode.isPrefix(divisionCode)) {
                throw Problems.invalidQuery("divisionCode", "must be a division code or its prefix: 2, 4 or 6 digits");
            }
            where.add("divisionCode like :division");
            params.and("division", DivisionCode.trim(divisionCode) + "%");
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        var sort = page.toSort(SORTABLE, "name");
        return where.isEmpty() ? Institution.findAll(sort)
                : Institution.find(String.join(" and ", where), sort, params);
    }

    private static void requireFreeCreditCode(String creditCode, UUID self) {
        if (Institution.creditCodeTaken(creditCode, self)) {
            throw Problems.conflict("creditCode", "another institution already has credit code " + creditCode);
        }
    }

    private static void apply(Institution i, InstitutionRequest r) {
        i.name = r.name().trim();
        i.nameEn = blankToNull(r.nameEn());
        i.creditCode = blankToNull(r.creditCode());
        i.divisionCode = r.divisionCode();
        i.kind = r.kind();
        i.grade = r.grade();
        if (i.updatedAt == null) {
            i.updatedAt = i.createdAt;
        }
    }

    static InstitutionEvent event(Institution i, Map<String, Change> changes) {
        return new InstitutionEvent(i.id, i.name, i.nameEn, i.creditCode, i.divisionCode, i.kind.name(),
                i.grade == null ? null : i.grade.name(), i.version, changes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
