package org.shanhai.programme.input;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.events.contract.ResourceInputEvent;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.Clock;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class ResourceInputService {

    @Inject
    ProgrammeTeams teams;

    @Inject
    Outbox outbox;

    @Transactional
    public ResourceInput record(UUID programmeId, ResourceInputRequest r) {
        Programme p = teams.writable(programmeId);
        if (!p.hasRecipient(r.institutionId())) {
            throw Problems.invalid("institutionId", "is not a recipient of programme " + p.code);
        }
        ResourceInput i = new ResourceInput();
        i.id = UUID.randomUUID();
        i.programmeId = p.id;
        i.kind = r.kind();
        i.amount = r.amount().setScale(2, RoundingMode.UNNECESSARY); // @Digits already refused a third decimal
        i.source = r.source();
        i.date = r.date();
        i.institutionId = r.institutionId();
        i.description = r.description();
        i.createdAt = Clock.now();
        i.persist();
        outbox.record(ResourceInputEvent.RECORDED, "resource-input", i.id, p.id.toString(), new ResourceInputEvent(
                i.id, p.id, i.kind.name(), i.amount, "CNY", i.source, i.date.toString(), i.institutionId, i.description));
        return i;
    }

    public ResourceInput get(UUID programmeId, UUID id) {
        ResourceInput i = ResourceInput.findById(id);
        if (i == null || !i.programmeId.equals(programmeId)) {
            throw Problems.notFound("resource input", id);
        }
        return i;
    }

    public PanacheQuery<ResourceInput> search(UUID programmeId, ResourceInput.Kind kind, UUID institutionId,
            LocalDate from, LocalDate to, PageRequest page) {
        teams.readable(programmeId);
        List<String> where = new ArrayList<>(List.of("programmeId = :p"));
        Parameters params = Parameters.with("p", programmeId);
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (institutionId != null) {
            where.add("institutionId = :inst");
            params.and("inst", institutionId);
        }
        if (from != null) {
            where.add("date >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("date <= :to");
            params.and("to", to);
        }
        var sort = page.toSort(Map.of("date", "date", "amount", "amount", "id", "id"), "date");
        return ResourceInput.find(String.join(" and ", where), sort, params);
    }
}
