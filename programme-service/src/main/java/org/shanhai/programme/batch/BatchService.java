package org.shanhai.programme.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.BatchEvent;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@ApplicationScoped
public class BatchService {

    static final Aggregate<Batch> AGGREGATE = new Aggregate<>(BatchEvent.AGGREGATE, b -> b.programmeId.toString(),
            BatchService::event);

    @Inject
    EntityWrites writes;

    @Inject
    ProgrammeTeams teams;

    @Inject
    BatchMembers members;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Batch create(UUID programmeId, String body) {
        Programme p = teams.writable(programmeId);
        BatchRequest r = bodies.bind(body, BatchRequest.class);
        Batch b = new Batch();
        b.id = UUID.randomUUID();
        b.programmeId = p.id;
        b.sequence = r.sequence() != null ? r.sequence()
                : Batch.<Batch>find("programmeId", p.id).stream().mapToInt(x -> x.sequence).max().orElse(0) + 1;
        check(p, b.id, b.sequence, r);
        apply(b, b.sequence, r);
        return writes.create(b, BatchEvent.CREATED, AGGREGATE);
    }

    @Transactional
    public Batch replace(UUID programmeId, UUID batchId, String ifMatch, String body) {
        Programme p = teams.writable(programmeId);
        Batch b = get(programmeId, batchId);
        ETags.check(ifMatch, b.version);
        BatchRequest r = bodies.bind(body, BatchRequest.class);
        int sequence = r.sequence() == null ? b.sequence : r.sequence();
        check(p, b.id, sequence, r);
        Text outside = members.outside(b.id, r.startDate(), r.endDate());
        if (outside != null) {
            throw Problems.conflict("startDate", Text.of(outside.en() + " would fall outside the batch; change it first",
                    outside.zh() + "将超出批次期间；请先修改该派驻"));
        }
        writes.update(b, BatchEvent.UPDATED, AGGREGATE, x -> apply(x, sequence, r));
        return b;
    }

    public Batch get(UUID programmeId, UUID batchId) {
        Batch b = Batch.findById(batchId);
        if (b == null || !b.programmeId.equals(programmeId)) {
            throw Problems.notFound("batch", batchId);
        }
        return b;
    }

    public Page<HistoryEntry> history(UUID programmeId, UUID batchId, PageRequest page) {
        return history.of(BatchEvent.AGGREGATE, batchId, programmeId.toString(), page);
    }

    public Page<BatchView> list(UUID programmeId, PageRequest page) {
        teams.readable(programmeId);
        return Page.of(Batch.find("programmeId", page.toSort(Map.of("sequence", "sequence", "startDate", "startDate",
                "id", "id"), "sequence"), programmeId), page, BatchView::of);
    }

    // What other features ask of batches (they never use the entity).

    /** The batch, if it is one of this programme's; null otherwise. */
    public BatchView find(UUID programmeId, UUID batchId) {
        Batch b = batchId == null ? null : Batch.findById(batchId);
        return b == null || !b.programmeId.equals(programmeId) ? null : BatchView.of(b);
    }

    public List<BatchView> ofProgramme(UUID programmeId) {
        return Batch.<Batch>list("programmeId = ?1 order by sequence", programmeId).stream().map(BatchView::of).toList();
    }

    private void check(Programme p, UUID batchId, int sequence, BatchRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (Batch.count("programmeId = ?1 and sequence = ?2 and id <> ?3", p.id, sequence, batchId) > 0) {
            throw Problems.conflict("sequence", Text.of("programme " + p.code + " already has batch " + sequence,
                    "项目 " + p.code + " 已有第 " + sequence + " 批次"));
        }
        if (r.startDate().isBefore(p.startDate) || (p.endDate != null && r.startDate().isAfter(p.endDate))) {
            errors.add(FieldError.body("startDate", insideProgramme(p)));
        }
        if (r.endDate() != null) {
            if (r.endDate().isBefore(r.startDate())) {
                errors.add(FieldError.body("endDate", Text.of("is before startDate " + r.startDate(),
                        "早于 startDate " + r.startDate())));
            } else if (p.endDate != null && r.endDate().isAfter(p.endDate)) {
                errors.add(FieldError.body("endDate", insideProgramme(p)));
            }
        }
        if (r.leaderExpertId() != null && !members.isMember(batchId, r.leaderExpertId())) {
            errors.add(FieldError.body("leaderExpertId", Text.of("expert " + r.leaderExpertId()
                    + " has no assignment in this batch; assign the expert first",
                    "专家 " + r.leaderExpertId() + " 在本批次中没有派驻；请先派驻该专家")));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void apply(Batch b, int sequence, BatchRequest r) {
        b.sequence = sequence;
        b.startDate = r.startDate();
        b.endDate = r.endDate();
        b.leaderExpertId = r.leaderExpertId();
    }

    private static Text insideProgramme(Programme p) {
        return Text.of("must lie inside the programme's period " + p.startDate + " to "
                        + (p.endDate == null ? "open" : p.endDate.toString()),
                "应在项目期间内（" + (p.endDate == null ? p.startDate + " 起" : p.startDate + " 至 " + p.endDate) + "）");
    }

    static BatchEvent event(Batch b, Map<String, Change> changes) {
        return new BatchEvent(b.id, b.programmeId, b.sequence, b.startDate.toString(),
                b.endDate == null ? null : b.endDate.toString(), b.leaderExpertId, b.version, changes);
    }
}
