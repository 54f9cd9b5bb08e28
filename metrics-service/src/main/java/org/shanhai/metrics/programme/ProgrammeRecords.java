package org.shanhai.metrics.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.common.security.ProgrammeAccess;

/**
 * The programmes metrics-service knows from programme.events, as its features need them: found or
 * 404, a recipient named or the primary one, and who writes a programme's milestones and targets
 * (NATIONAL_ADMIN, the PROVINCE_ADMIN of the primary recipient's province, a PROGRAMME_MANAGER of the
 * lead or a partner).
 */
@ApplicationScoped
public class ProgrammeRecords {

    @Inject
    ProgrammeReferences programmes;

    @Inject
    InstitutionReferences institutions;

    @Inject
    ProgrammeAccess access;

    public ProgrammeFacts get(UUID programmeId) {
        return programmes.programme(programmeId).orElseThrow(() -> Problems.notFound("programme", programmeId));
    }

    /** {@code institutionId} when it is a recipient of the programme (422 naming {@code field}), the primary recipient when null. */
    public UUID recipient(ProgrammeFacts p, UUID institutionId, String field) {
        if (institutionId == null) {
            if (p.primaryRecipientId() == null) {
                throw Problems.unprocessable(field, Text.of("programme " + p.code() + " has no recipient",
                        "项目 " + p.code() + " 没有受援机构"));
            }
            return p.primaryRecipientId();
        }
        if (!p.isRecipient(institutionId)) {
            throw Problems.unprocessable(field, Text.of("institution " + institutionId + " is not a recipient of programme "
                    + p.code(), "机构 " + institutionId + " 不是项目 " + p.code() + " 的受援机构"));
        }
        return institutionId;
    }

    /** 403 unless the caller writes this programme's milestones and targets. */
    public void requireWrite(ProgrammeFacts p) {
        InstitutionReference primary = p.primaryRecipientId() == null ? null : institutions.find(p.primaryRecipientId());
        access.requireWrite(p, p.primaryRecipientId(), primary == null ? null : primary.divisionCode, false);
    }

    /** The institution's name as programme-service announced it, or null. */
    public String institutionName(UUID id) {
        InstitutionReference i = institutions.find(id);
        return i == null ? null : i.name;
    }
}
