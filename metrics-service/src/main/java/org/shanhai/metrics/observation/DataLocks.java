package org.shanhai.metrics.observation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which years of an institution's data are locked by data approval (SUBMITTED or APPROVED). Asked
 * here, answered by the approval feature, so observations need not know how approval works.
 */
public interface DataLocks {

    /** The institutions' locked years and their state ("SUBMITTED" or "APPROVED"), every institution asked for present. */
    Map<UUID, Map<Integer, String>> lockedYears(Collection<UUID> institutionIds);

    /**
     * Holds the years of each institution against a concurrent submission until the transaction ends
     * (writes take this shared; a step of the approval takes it exclusively), so no value slips in as
     * data is locked. One round trip for all of them (an import reaches many).
     */
    void holdShared(Map<UUID, ? extends Collection<Integer>> years);

    default Map<Integer, String> lockedYears(UUID institutionId) {
        return lockedYears(Set.of(institutionId)).get(institutionId);
    }

    default void holdShared(UUID institutionId, Collection<Integer> years) {
        holdShared(Map.of(institutionId, years));
    }
}
