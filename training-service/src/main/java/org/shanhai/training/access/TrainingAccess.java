package org.shanhai.training.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.security.Caller;
import org.shanhai.common.security.InstitutionScope;
import org.shanhai.common.security.ProgrammeAccess;
import org.shanhai.common.security.Roles;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;

/**
 * Who may write what in training-service, beyond the role on the endpoint. Every role reads.
 * Records of an institution (its exam results, later its staff) are written by NATIONAL_ADMIN,
 * the PROVINCE_ADMIN of the institution's province, and the institution's own HOSPITAL_REPORTER.
 * Records of a programme (activities, mentorships, secondments, reported totals) are written by
 * NATIONAL_ADMIN, the PROVINCE_ADMIN of the recipient institution's province, and PROGRAMME_MANAGERs
 * of the programme's lead or partner institutions; activities also by the HOSPITAL_REPORTER of the
 * institution where they took place.
 * A refusal is a 403 thrown before anything is changed.
 */
@ApplicationScoped
public class TrainingAccess {

    @Inject
    Caller caller;

    @Inject
    InstitutionScope institutions;

    @Inject
    ProgrammeAccess programmes;

    /** The caller writes for one institution only (a hospital reporter): it may name no other. */
    public void requireOwnInstitution(UUID institutionId) {
        if (caller.is(Roles.HOSPITAL_REPORTER) && !caller.is(Roles.NATIONAL_ADMIN) && !caller.is(Roles.PROVINCE_ADMIN)
                && !caller.institutionId().map(institutionId::equals).orElse(false)) {
            throw Problems.forbidden(Text.of("a hospital reporter writes only its own institution's records",
                    "医院填报员只能填写本机构的记录"));
        }
    }

    /** An institution's own records: see {@link InstitutionScope}. */
    public void institutionRecordWrite(UUID institutionId, String divisionCode) {
        institutions.requireWrite(institutionId, divisionCode);
    }

    /**
     * A record of programme {@code p} at recipient {@code institutionId}; {@code reporterMay}: the
     * institution's own HOSPITAL_REPORTER may write it too (activities).
     */
    public void programmeRecordWrite(ProgrammeReferences.ProgrammeFacts p, UUID institutionId, String divisionCode,
            boolean reporterMay) {
        programmes.requireWrite(p, institutionId, divisionCode, reporterMay);
    }
}
