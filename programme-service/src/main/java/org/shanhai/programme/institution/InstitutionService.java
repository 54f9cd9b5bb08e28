package org.shanhai.programme.institution;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.InstitutionEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.rest.MergePatch;
import org.shanhai.programme.access.Access;

/** Registers and changes institutions; each change and its event commit together. */
@ApplicationScoped
public class InstitutionService {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "divisionCode", "divisionCode", "kind", "kind",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");

    static final Aggregate<Institution> AGGREGATE = new Aggregate<>(InstitutionEvent.AGGREGATE,
            i -> i.id.toString(), InstitutionService::event);

    @Inject
    EntityWrites writes;

    @Inject
    Access access;

    @Inject
    JsonBodies bodies;

    @Inject
    MergePatch mergePatch;

    @Inject
    History history;

    @Transactional
    public Institution register(String body) {
        InstitutionRequest request = bodies.bind(body, InstitutionRequest.class);
        access.institutionWrite(request.divisionCode());
        requireFreeCreditCode(request.creditCode(), null);
        Institution i = new Institution();
        apply(i, request);
        return writes.create(i, InstitutionEvent.REGISTERED, AGGREGATE);
    }

    @Transactional
    public Institution replace(UUID id, String ifMatch, String body) {
        Institution i = writable(id, ifMatch);
        return change(i, bodies.bind(body, InstitutionRequest.class));
    }

    /** JSON Merge Patch onto the state read in this transaction, then the same checks as PUT. */
    @Transactional
    public Institution patch(UUID id, String ifMatch, String patch) {
        Institution i = writable(id, ifMatch);
        return change(i, mergePatch.apply(InstitutionRequest.of(i), patch, InstitutionRequest.class));
    }

    /**
     * 404, then 403, then 412: the order every write follows, before the body is read. The row is
     * locked for the transaction, so concurrent changes (a PATCH merges onto what it read) queue up
     * instead of undoing each other.
     */
    private Institution writable(UUID id, String ifMatch) {
        Institution i = Institution.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw Problems.notFound("institution", id);
        }
        access.institutionWrite(i.divisionCode);
        ETags.check(ifMatch, i.version);
        return i;
    }

    private Institution change(Institution i, InstitutionRequest request) {
        access.institutionWrite(request.divisionCode());
        requireFreeCreditCode(request.creditCode(), i.id);
        writes.update(i, InstitutionEvent.UPDATED, AGGREGATE, x -> apply(x, request));
        return i;
    }

    public Institution get(UUID id) {
        Institution i = Institution.findById(id);
        if (i == null) {
            throw Problems.notFound("institution", id);
        }
        return i;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(InstitutionEvent.AGGREGATE, id, null, page);
    }

    public Page<InstitutionView> search(String q, String divisionCode, InstitutionKind kind, PageRequest page) {
        String division = DivisionCode.prefixParameter("divisionCode", divisionCode);
        Filters f = new Filters()
                .and("(lower(name) like :q or lower(coalesce(nameEn, '')) like :q)", "q",
                        q == null || q.isBlank() ? null : PageRequest.containsPattern(q))
                .and("divisionCode like :division", "division", division == null ? null : division + "%")
                .and("kind = :kind", "kind", kind);
        return Page.of(Institution.find(f.query(), page.toSort(SORTABLE, "name"), f.params()), page, InstitutionView::of);
    }

    // What other features ask of institutions (they never use the entity).

    /** The ids among {@code ids} that name an institution. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : Institution.<Institution>list("id in ?1", ids).stream().map(i -> i.id)
                .collect(Collectors.toSet());
    }

    /** The institution's division code, or null when there is no such institution. */
    public String divisionOf(UUID id) {
        Institution i = id == null ? null : Institution.findById(id);
        return i == null ? null : i.divisionCode;
    }

    private static void requireFreeCreditCode(String creditCode, UUID self) {
        if (Institution.creditCodeTaken(creditCode, self)) {
            throw Problems.conflict("creditCode", Text.of("another institution already has credit code " + creditCode,
                    "统一社会信用代码 " + creditCode + " 已被其他机构使用"));
        }
    }

    private static void apply(Institution i, InstitutionRequest r) {
        i.name = r.name().trim();
        i.nameEn = blankToNull(r.nameEn());
        i.creditCode = blankToNull(r.creditCode());
        i.divisionCode = r.divisionCode();
        i.kind = r.kind();
        i.grade = r.grade();
    }

    static InstitutionEvent event(Institution i, Map<String, Change> changes) {
        return new InstitutionEvent(i.id, i.name, i.nameEn, i.creditCode, i.divisionCode, i.kind.name(),
                i.grade == null ? null : i.grade.name(), i.version, changes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
