package org.shanhai.programme.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.programme.access.Access;

/** The way into a programme for its team's features: find it (404) and check the caller may write its team (403). */
@ApplicationScoped
public class ProgrammeTeams {

    @Inject
    ProgrammeService programmes;

    @Inject
    Access access;

    public Programme readable(UUID programmeId) {
        return programmes.get(programmeId);
    }

    public Programme writable(UUID programmeId) {
        Programme p = programmes.get(programmeId);
        access.teamWrite(ProgrammeService.divisionOf(p.primaryRecipientId()), p.leadInstitutionId,
                p.partnerInstitutionIds);
        return p;
    }
}
