package org.shanhai.metrics.observation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which years of an institution's data are locked by data approval (SUBMITTED or APPROVED). Asked
 * here, answered by the approval feature, so observations need not know how approval works.
 */
public interface DataLocks {

    /** The institution's locked years and their state ("SUBMITTED" or "APPROVED"). */
    Map<Integer, String> lockedYears(UUID institutionId);

    /**
     * Holds the years against a concurrent submission until the transaction ends (writes take this
     * shared; a step of the approval takes it exclusively), so no value slips in as data is locked.
     */
    void holdShared(UUID institutionId, Collection<Integer> years);
}
