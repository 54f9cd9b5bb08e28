package org.shanhai.training.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.security.Caller;
import org.shanhai.common.security.Roles;
import org.shanhai.training.registry.RecipientInstitutions;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;

/**
 * Who may read staff names (personal data): NATIONAL_ADMIN, SERVICE_CLIENT (other government
 * systems), the PROVINCE_ADMIN of the institution's province, PROGRAMME_MANAGERs of programmes in
 * which the institution is a recipient, and the institution's own HOSPITAL_REPORTER. Everybody else
 * (VIEWER) sees the records without names: counts, never names. Decided per institution, once a request.
 */
@RequestScoped
public class StaffNames {

    @Inject
    Caller caller;

    @Inject
    ProgrammeReferences registry;

    @Inject
    RecipientInstitutions institutions;

    private final Map<UUID, Boolean> decided = new HashMap<>();

    public boolean maySee(UUID institutionId) {
        return decided.computeIfAbsent(institutionId, this::decide);
    }

    private boolean decide(UUID institutionId) {
        if (caller.is(Roles.NATIONAL_ADMIN) || caller.is(Roles.SERVICE_CLIENT)) {
            return true;
        }
        if (caller.is(Roles.PROVINCE_ADMIN) && caller.scope()
                .map(own -> DivisionCode.within(institutions.divisionOf(institutionId), own)).orElse(false)) {
            return true;
        }
        UUID own = caller.institutionId().orElse(null);
        if (own == null) {
            return false;
        }
        if (caller.is(Roles.HOSPITAL_REPORTER) && own.equals(institutionId)) {
            return true;
        }
        return caller.is(Roles.PROGRAMME_MANAGER) && registry.supports(own, institutionId);
    }
}
