package org.shanhai.programme.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.programme.access.Access;

/**
 * The way into a programme for its team's features (batches, assignments, workstations, inputs):
 * find it (404), check the caller may write its team (403), and check an expert may be posted by it.
 */
@ApplicationScoped
public class ProgrammeTeams {

    @Inject
    ProgrammeService programmes;

    @Inject
    Access access;

    public Programme readable(UUID programmeId) {
        return programmes.get(programmeId);
    }

    /**
     * The programme, locked for the caller's transaction: one programme's team changes run one
     * after another, so their checks (dates inside the batch, the leader's assignment) see each
     * other's results, and their events enter the outbox in the order they commit.
     */
    public Programme writable(UUID programmeId) {
        Programme p = programmes.getForUpdate(programmeId);
        access.teamWrite(programmes.primaryDivision(p), p.leadInstitutionId, p.partnerInstitutionIds);
        return p;
    }

    /** 403 unless the caller may post an expert of {@code expertHome} in this programme. */
    public void requirePostable(Programme p, UUID expertHome) {
        access.expertPosting(expertHome, programmes.primaryDivision(p), p.leadInstitutionId, p.partnerInstitutionIds);
    }
}
