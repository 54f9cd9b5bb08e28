package org.shanhai.programme.input;

import org.shanhai.common.paging.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.ResourceInputEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class ResourceInputService {

    static final Aggregate<ResourceInput> AGGREGATE = new Aggregate<>(ResourceInputEvent.AGGREGATE,
            i -> i.programmeId.toString(), ResourceInputService::event);

    @Inject
    ProgrammeTeams teams;

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public ResourceInput record(UUID programmeId, String body) {
        Programme p = teams.writable(programmeId);
        ResourceInputRequest r = bodies.bind(body, ResourceInputRequest.class);
        if (!p.hasRecipient(r.institutionId())) {
            throw Problems.invalid("institutionId", Text.of("is not a recipient of programme " + p.code,
                    "不是项目 " + p.code + " 的受援机构"));
        }
        ResourceInput i = new ResourceInput();
        i.programmeId = p.id;
        i.kind = r.kind();
        i.amount = r.amount().setScale(2, RoundingMode.UNNECESSARY); // @Digits already refused a third decimal
        i.source = r.source();
        i.date = r.date();
        i.institutionId = r.institutionId();
        i.description = r.description();
        return writes.create(i, ResourceInputEvent.RECORDED, AGGREGATE);
    }

    public ResourceInput get(UUID programmeId, UUID id) {
        ResourceInput i = ResourceInput.findById(id);
        if (i == null || !i.programmeId.equals(programmeId)) {
            throw Problems.notFound("resource input", id);
        }
        return i;
    }

    public Page<HistoryEntry> history(UUID programmeId, UUID id, PageRequest page) {
        return history.of(ResourceInputEvent.AGGREGATE, id, programmeId.toString(), page);
    }

    public Page<ResourceInputView> search(UUID programmeId, ResourceInput.Kind kind, UUID institutionId,
            LocalDate from, LocalDate to, PageRequest page) {
        teams.readable(programmeId);
        Filters f = new Filters()
                .and("programmeId = :p", "p", programmeId)
                .and("kind = :kind", "kind", kind)
                .and("institutionId = :inst", "inst", institutionId)
                .and("date >= :from", "from", from)
                .and("date <= :to", "to", to);
        var sort = page.toSort(Map.of("date", "date", "amount", "amount", "id", "id"), "date");
        return Page.of(ResourceInput.find(f.query(), sort, f.params()), page, ResourceInputView::of);
    }

    /** Money travels as a decimal string with two places, as in the REST API. */
    static ResourceInputEvent event(ResourceInput i, Map<String, Change> changes) {
        return new ResourceInputEvent(i.id, i.programmeId, i.kind.name(), i.amount.setScale(2).toPlainString(), "CNY",
                i.source, i.date.toString(), i.institutionId, i.description);
    }
}
