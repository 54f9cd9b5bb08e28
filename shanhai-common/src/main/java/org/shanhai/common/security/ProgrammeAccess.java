package org.shanhai.common.security;

import org.shanhai.common.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;

/**
 * Who writes a programme's records in the services that keep the programme read model: NATIONAL_ADMIN,
 * the PROVINCE_ADMIN whose division holds {@code divisionCode}, a PROGRAMME_MANAGER of the lead or a
 * partner, and, where {@code reporterMay}, the HOSPITAL_REPORTER of {@code institutionId}. A refusal is a
 * 403 thrown before anything is changed.
 */
@ApplicationScoped
public class ProgrammeAccess {

    @Inject
    Caller caller;

    public void requireWrite(ProgrammeFacts p, UUID institutionId, String divisionCode, boolean reporterMay) {
        if (caller.is(Roles.NATIONAL_ADMIN)) {
            return;
        }
        if (caller.is(Roles.PROVINCE_ADMIN) && divisionCode != null
                && caller.scope().map(own -> DivisionCode.within(divisionCode, own)).orElse(false)) {
            return;
        }
        if (caller.is(Roles.PROGRAMME_MANAGER) && caller.institutionId().map(p::isSupporter).orElse(false)) {
            return;
        }
        if (reporterMay && caller.is(Roles.HOSPITAL_REPORTER)
                && caller.institutionId().map(institutionId::equals).orElse(false)) {
            return;
        }
        throw Problems.forbidden(Text.of("this role cannot write records of programme " + p.code() + " at institution "
                + institutionId, "该角色不能写入项目 " + p.code() + " 在机构 " + institutionId + " 的记录"));
    }
}
