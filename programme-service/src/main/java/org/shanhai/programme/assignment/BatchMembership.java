package org.shanhai.programme.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.problem.Text;
import org.shanhai.programme.batch.BatchMembers;

/** Answers the batch feature's questions about who is posted in a batch. */
@ApplicationScoped
public class BatchMembership implements BatchMembers {

    @Override
    public boolean isMember(UUID batchId, UUID expertId) {
        return Assignment.count("batchId = ?1 and expertId = ?2", batchId, expertId) > 0;
    }

    @Override
    public Text outside(UUID batchId, LocalDate start, LocalDate end) {
        for (Assignment a : Assignment.<Assignment>list("batchId", batchId)) {
            if (a.startDate.isBefore(start) || (end != null && (a.endDate == null || a.endDate.isAfter(end)))) {
                return Text.of("assignment " + a.id + " (" + a.startDate + " to " + (a.endDate == null ? "open" : a.endDate) + ")",
                        "派驻 " + a.id + "（" + AssignmentService.span(a.startDate, a.endDate) + "）");
            }
        }
        return null;
    }
}
