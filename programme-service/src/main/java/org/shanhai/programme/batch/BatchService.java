package org.shanhai.programme.batch;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.BatchEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.outbox.Outbox;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.programme.Clock;
import org.shanhai.programme.assignment.Assignment;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class BatchService {

    @Inject
    Outbox outbox;

    @Inject
    ProgrammeTeams teams;

    @Transactional
    public Batch create(UUID programmeId, BatchRequest r) {
        Programme p = teams.writable(programmeId);
        Batch b = new Batch();
        b.id = UUID.randomUUID();
        b.programmeId = p.id;
        b.sequence = r.sequence() != null ? r.sequence()
                : Batch.<Batch>find("programmeId", p.id).stream().mapToInt(x -> x.sequence).max().orElse(0) + 1;
        check(p, b.id, b.sequence, r);
        b.startDate = r.startDate();
        b.endDate = r.endDate();
        b.leaderExpertId = r.leaderExpertId();
        b.createdAt = Clock.now();
        b.updatedAt = b.createdAt;
        b.persistAndFlush();
        outbox.record(BatchEvent.CREATED, "batch", b.id, p.id.toString(), event(b, null));
        return b;
    }

    @Transactional
    public Batch replace(UUID programmeId, UUID batchId, String ifMatch, BatchRequest r) {
        Programme p = teams.writable(programmeId);
        Batch b = get(programmeId, batchId);
        ETags.check(ifMatch, b.version);
        int sequence = r.sequence() == null ? b.sequence : r.sequence();
        check(p, b.id, sequence, r);
        // assignments must stay inside the batch's new dates
        for (Assignment a : Assignment.<Assignment>list("batchId", b.id)) {
            if (a.startDate.isBefore(r.startDate()) || (r.endDate() != null && (a.endDate == null
                    || a.endDate.isAfter(r.endDate())))) {
                throw Problems.conflict("startDate", "assignment " + a.id + " (" + a.startDate + " to "
                        + (a.endDate == null ? "open" : a.endDate) + ") would fall outside the batch; change it first");
            }
        }
        Map<String, Object> before = b.snapshot();
        b.sequence = sequence;
        b.startDate = r.startDate();
        b.endDate = r.endDate();
        b.leaderExpertId = r.leaderExpertId();
        Map<String, Change> changes = Change.between(before, b.snapshot());
        if (changes.isEmpty()) {
            return b;
        }
        b.updatedAt = Clock.now();
        Batch.getEntityManager().flush();
        outbox.record(BatchEvent.UPDATED, "batch", b.id, p.id.toString(), event(b, changes));
        return b;
    }

    public Batch get(UUID programmeId, UUID batchId) {
        Batch b = Batch.findById(batchId);
        if (b == null || !b.programmeId.equals(programmeId)) {
            throw Problems.notFound("batch", batchId);
        }
        return b;
    }

    public PanacheQuery<Batch> list(UUID programmeId, PageRequest page) {
        teams.readable(programmeId);
        return Batch.find("programmeId", page.toSort(Map.of("sequence", "sequence", "startDate", "startDate", "id", "id"),
                "sequence"), programmeId);
    }

    private static void check(Programme p, UUID batchId, int sequence, BatchRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (Batch.count("programmeId = ?1 and sequence = ?2 and id <> ?3", p.id, sequence, batchId) > 0) {
            throw Problems.conflict("sequence", "programme " + p.code + " already has batch " + sequence);
        }
        if (r.startDate().isBefore(p.startDate) || (p.endDate != null && r.startDate().isAfter(p.endDate))) {
            errors.add(FieldError.body("startDate", "must lie inside the programme's period " + period(p)));
        }
        if (r.endDate() != null) {
            if (r.endDate().isBefore(r.startDate())) {
                errors.add(FieldError.body("endDate", "is before startDate " + r.startDate()));
            } else if (p.endDate != null && r.endDate().isAfter(p.endDate)) {
                errors.add(FieldError.body("endDate", "must lie inside the programme's period " + period(p)));
            }
        }
        if (r.leaderExpertId() != null && Assignment.count("batchId = ?1 and expertId = ?2", batchId, r.leaderExpertId()) == 0) {
            errors.add(FieldError.body("leaderExpertId", "expert " + r.leaderExpertId()
                    + " has no assignment in this batch; assign the expert first"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static String period(Programme p) {
        return p.startDate + " to " + (p.endDate == null ? "open" : p.endDate.toString());
    }

    static BatchEvent event(Batch b, Map<String, Change> changes) {
        return new BatchEvent(b.id, b.programmeId, b.sequence, b.startDate.toString(),
                b.endDate == null ? null : b.endDate.toString(), b.leaderExpertId, b.version, changes);
    }
}
