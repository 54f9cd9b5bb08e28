package org.shanhai.programme.batch;

import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.problem.Text;

/**
 * What the batch feature must know of the experts posted in a batch. The assignment feature
 * implements it, so that assignments depend on batches and never the other way round.
 */
public interface BatchMembers {

    /** Whether the expert holds an assignment in the batch. */
    boolean isMember(UUID batchId, UUID expertId);

    /** An assignment of the batch that would fall outside {@code start}..{@code end}, described for a 409; null if none. */
    Text outside(UUID batchId, LocalDate start, LocalDate end);
}
