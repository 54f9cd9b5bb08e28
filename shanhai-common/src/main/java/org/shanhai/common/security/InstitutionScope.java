package org.shanhai.common.security;

import org.shanhai.common.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.problem.Problems;

/**
 * Who may write an institution's own records (its staff and exam results, its indicator values):
 * NATIONAL_ADMIN, the PROVINCE_ADMIN of the institution's province, and the institution's own
 * HOSPITAL_REPORTER. A refusal is a 403 thrown before anything is changed.
 */
@ApplicationScoped
public class InstitutionScope {

    @Inject
    Caller caller;

    /** {@code divisionCode} is the institution's; null when it is not known (then only NATIONAL_ADMIN and its reporter). */
    public void requireWrite(UUID institutionId, String divisionCode) {
        if (caller.is(Roles.NATIONAL_ADMIN)) {
            return;
        }
        if (caller.is(Roles.PROVINCE_ADMIN) && divisionCode != null
                && caller.scope().map(own -> DivisionCode.within(divisionCode, own)).orElse(false)) {
            return;
        }
        if (caller.is(Roles.HOSPITAL_REPORTER) && caller.institutionId().map(institutionId::equals).orElse(false)) {
            return;
        }
        throw Problems.forbidden(Text.of("this role cannot write the records of institution " + institutionId,
                "该角色不能写入机构 " + institutionId + " 的记录"));
    }
}
