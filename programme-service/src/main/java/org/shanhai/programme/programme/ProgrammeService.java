package org.shanhai.programme.programme;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.rest.MergePatch;
import org.shanhai.programme.access.Access;
import org.shanhai.programme.institution.InstitutionService;

/** Registers and changes programmes; each change and its event commit together. */
@ApplicationScoped
public class ProgrammeService {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "startDate", "startDate",
            "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");

    static final Aggregate<Programme> AGGREGATE = new Aggregate<>(ProgrammeEvent.AGGREGATE, p -> p.id.toString(),
            ProgrammeService::event);

    @Inject
    EntityWrites writes;

    @Inject
    Access access;

    @Inject
    InstitutionService institutions;

    @Inject
    JsonBodies bodies;

    @Inject
    MergePatch mergePatch;

    @Inject
    History history;

    @Transactional
    public Programme register(String body) {
        ProgrammeRequest r = bodies.bind(body, ProgrammeRequest.class);
        if (r.status() != null && r.status() != ProgrammeStatus.PLANNED) {
            throw Problems.invalid("status", Text.of("a new programme is PLANNED; change it with POST /api/v1/programmes/{id}/status",
                    "新项目的状态为 PLANNED；请通过 POST /api/v1/programmes/{id}/status 更改"));
        }
        String primaryDivision = checkInstitutions(r);
        access.programmeWrite(primaryDivision);
        requireFreeCode(r.code(), null);
        Programme p = new Programme();
        p.status = ProgrammeStatus.PLANNED;
        apply(p, r);
        return writes.create(p, ProgrammeEvent.REGISTERED, AGGREGATE);
    }

    @Transactional
    public Programme replace(UUID id, String ifMatch, String body) {
        Programme p = writable(id, ifMatch);
        return change(p, bodies.bind(body, ProgrammeRequest.class));
    }

    /** JSON Merge Patch onto the state read in this transaction, then the same checks as PUT. */
    @Transactional
    public Programme patch(UUID id, String ifMatch, String patch) {
        Programme p = writable(id, ifMatch);
        return change(p, mergePatch.apply(ProgrammeRequest.of(p), patch, ProgrammeRequest.class));
    }

    @Transactional
    public Programme changeStatus(UUID id, String ifMatch, String body) {
        Programme p = writable(id, ifMatch);
        StatusChangeRequest r = bodies.bind(body, StatusChangeRequest.class);
        if (!p.status.canBecome(r.status())) {
            Set<ProgrammeStatus> allowed = p.status.next();
            throw Problems.conflict("status", Text.of("a " + p.status + " programme cannot become " + r.status() + "; "
                    + (allowed.isEmpty() ? "COMPLETED is final" : "allowed: " + allowed.stream().map(Enum::name)
                    .collect(Collectors.joining(", "))),
                    "状态为 " + p.status + " 的项目不能变为 " + r.status() + "；"
                    + (allowed.isEmpty() ? "COMPLETED 为最终状态" : "可变为：" + allowed.stream().map(Enum::name)
                    .collect(Collectors.joining("、")))));
        }
        writes.update(p, ProgrammeEvent.STATUS_CHANGED, AGGREGATE, x -> {
            x.status = r.status();
            x.statusReason = r.reason().trim();
        });
        return p;
    }

    /**
     * 404, then 403, then 412: the order every write follows, before the body is read. The row is
     * locked for the transaction, so concurrent changes queue up instead of undoing each other.
     */
    private Programme writable(UUID id, String ifMatch) {
        Programme p = getForUpdate(id);
        access.programmeWrite(institutions.divisionOf(p.primaryRecipientId()));
        ETags.check(ifMatch, p.version);
        return p;
    }

    private Programme change(Programme p, ProgrammeRequest r) {
        if (r.status() != null && r.status() != p.status) {
            throw Problems.invalid("status", Text.of("is " + p.status + "; change it with POST /api/v1/programmes/" + p.id + "/status",
                    "当前为 " + p.status + "；请通过 POST /api/v1/programmes/" + p.id + "/status 更改"));
        }
        String primaryDivision = checkInstitutions(r);
        access.programmeWrite(primaryDivision);
        requireFreeCode(r.code(), p.id);
        writes.update(p, ProgrammeEvent.UPDATED, AGGREGATE, x -> apply(x, r));
        return p;
    }

    public Programme get(UUID id) {
        Programme p = Programme.findById(id);
        if (p == null) {
            throw Problems.notFound("programme", id);
        }
        return p;
    }

    /**
     * The programme to show, not to change: loaded read-only, so that Hibernate keeps no copy of its
     * state to compare at a flush that never comes (GET runs outside any transaction).
     */
    public Programme read(UUID id) {
        Programme p = Programme.getSession().find(Programme.class, id, org.hibernate.ReadOnlyMode.READ_ONLY);
        if (p == null) {
            throw Problems.notFound("programme", id);
        }
        return p;
    }

    /** The programme, its row locked until the caller's transaction ends (404 if there is none). */
    public Programme getForUpdate(UUID id) {
        Programme p = Programme.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw Problems.notFound("programme", id);
        }
        return p;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        return history.of(ProgrammeEvent.AGGREGATE, id, null, page);
    }

    public Page<ProgrammeView> search(ProgrammeStatus status, UUID institutionId, Scheme scheme, String q,
            PageRequest page) {
        Filters f = new Filters()
                .and("p.status = :status", "status", status)
                .and("p.scheme = :scheme", "scheme", scheme)
                .and("(p.leadInstitutionId = :inst or :inst member of p.partnerInstitutionIds"
                        + " or exists (select 1 from Programme p2 join p2.recipients r where p2 = p and r.institutionId = :inst))",
                        "inst", institutionId)
                .and("(lower(p.name) like :q or lower(p.code) like :q)", "q",
                        q == null || q.isBlank() ? null : PageRequest.containsPattern(q));
        return Page.of(Programme.find("from Programme p where " + f.query(), page.toSort(SORTABLE, "code"), f.params()),
                page, ProgrammeView::of);
    }

    /** The programmes an institution takes part in (lead, partner or recipient); 404 for an unknown institution. */
    public Page<ProgrammeView> ofInstitution(UUID institutionId, PageRequest page) {
        institutions.get(institutionId);
        return search(null, institutionId, null, null, page);
    }

    /** The division of the programme's primary recipient (for the access policy). */
    String primaryDivision(Programme p) {
        return institutions.divisionOf(p.primaryRecipientId());
    }

    /**
     * Every named institution exists; exactly one recipient is primary; no institution is both
     * supporting and helped; none is named twice. Returns the primary recipient's division.
     */
    private String checkInstitutions(ProgrammeRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        named.add(r.leadInstitutionId());
        named.addAll(r.partners());
        r.recipients().forEach(x -> named.add(x.institutionId()));
        Set<UUID> known = institutions.existing(named);
        if (!known.contains(r.leadInstitutionId())) {
            errors.add(FieldError.body("leadInstitutionId", Text.of("institution " + r.leadInstitutionId() + " does not exist",
                    "机构 " + r.leadInstitutionId() + " 不存在")));
        }
        for (int n = 0; n < r.partners().size(); n++) {
            UUID partner = r.partners().get(n);
            if (!known.contains(partner)) {
                errors.add(FieldError.body("partnerInstitutionIds[" + n + "]", Text.of("institution " + partner + " does not exist",
                        "机构 " + partner + " 不存在")));
            } else if (partner.equals(r.leadInstitutionId())) {
                errors.add(FieldError.body("partnerInstitutionIds[" + n + "]", Text.of("is already the lead institution",
                        "已是牵头支援医院")));
            } else if (r.partners().indexOf(partner) != n) {
                errors.add(FieldError.body("partnerInstitutionIds[" + n + "]", Text.of("is named twice", "重复填写")));
            }
        }
        Set<UUID> supporting = new HashSet<>(r.partners());
        supporting.add(r.leadInstitutionId());
        List<UUID> recipientIds = r.recipients().stream().map(ProgrammeRequest.RecipientRequest::institutionId).toList();
        for (int n = 0; n < recipientIds.size(); n++) {
            UUID id = recipientIds.get(n);
            String field = "recipients[" + n + "].institutionId";
            if (!known.contains(id)) {
                errors.add(FieldError.body(field, Text.of("institution " + id + " does not exist", "机构 " + id + " 不存在")));
            } else if (supporting.contains(id)) {
                errors.add(FieldError.body(field, Text.of("an institution cannot both support and receive help in one programme",
                        "同一项目中，机构不能既是支援方又是受援方")));
            } else if (recipientIds.indexOf(id) != n) {
                errors.add(FieldError.body(field, Text.of("is named twice", "重复填写")));
            }
        }
        long primaries = r.recipients().stream().filter(ProgrammeRequest.RecipientRequest::primary).count();
        if (primaries != 1) {
            errors.add(FieldError.body("recipients", Text.of("exactly one recipient must be primary, " + primaries + " are",
                    "应有且仅有一个主受援机构，现有 " + primaries + " 个")));
        }
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            errors.add(FieldError.body("endDate", Text.of("is before startDate " + r.startDate(),
                    "早于 startDate " + r.startDate())));
        }
        if (r.focusDepartments() != null && r.focusDepartments().size() != new HashSet<>(r.focusDepartments()).size()) {
            errors.add(FieldError.body("focusDepartments", Text.of("names a department twice", "科室重复")));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        UUID primary = r.recipients().stream().filter(ProgrammeRequest.RecipientRequest::primary)
                .findFirst().orElseThrow().institutionId();
        return institutions.divisionOf(primary);
    }

    private static void requireFreeCode(String code, UUID self) {
        if (Programme.count("code = ?1 and id <> ?2", code, self == null ? new UUID(0, 0) : self) > 0) {
            throw Problems.conflict("code", Text.of("another programme already has code " + code,
                    "项目编号 " + code + " 已被其他项目使用"));
        }
    }

    private static void apply(Programme p, ProgrammeRequest r) {
        p.code = r.code();
        p.name = r.name().trim();
        p.scheme = r.scheme();
        p.leadInstitutionId = r.leadInstitutionId();
        replace(p.partnerInstitutionIds, r.partners());
        replace(p.recipients, r.recipients().stream().map(x -> new Recipient(x.institutionId(), x.primary())).toList());
        p.startDate = r.startDate();
        p.endDate = r.endDate();
        replace(p.objectives, r.objectives() == null ? List.of() : r.objectives().stream().map(String::trim).toList());
        replace(p.focusDepartments, r.focusDepartments() == null ? List.of() : r.focusDepartments());
    }

    /** Changes an element collection in place, and only when its content differs (no needless rewrites). */
    private static <T> void replace(List<T> target, List<T> values) {
        if (!sameContent(target, values)) {
            target.clear();
            target.addAll(values);
        }
    }

    private static <T> boolean sameContent(List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof Recipient rx && y instanceof Recipient ry) {
                if (!rx.institutionId.equals(ry.institutionId) || rx.primary != ry.primary) {
                    return false;
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    static ProgrammeEvent event(Programme p, Map<String, Change> changes) {
        return new ProgrammeEvent(p.id, p.code, p.name, p.scheme.name(), p.leadInstitutionId,
                List.copyOf(p.partnerInstitutionIds),
                p.recipients.stream().map(r -> new ProgrammeEvent.Recipient(r.institutionId, r.primary)).toList(),
                p.startDate.toString(), p.endDate == null ? null : p.endDate.toString(), p.status.name(), p.statusReason,
                List.copyOf(p.objectives), List.copyOf(p.focusDepartments), p.version, changes);
    }
}
