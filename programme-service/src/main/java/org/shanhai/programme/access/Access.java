package org.shanhai.programme.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.security.Caller;
import org.shanhai.common.security.Roles;

/**
 * Who may write what in programme-service, beyond the role on the endpoint. Every role reads
 * everything here; writes are scoped:
 * <ul>
 * <li>NATIONAL_ADMIN: everything;</li>
 * <li>PROVINCE_ADMIN: institutions in its division, and programmes (with their teams) whose
 * primary recipient lies in its division;</li>
 * <li>PROGRAMME_MANAGER: the teams (batches, assignments, workstations, inputs) of programmes
 * whose lead or partner is its institution, posting only experts of the lead or a partner, and
 * experts of its own institution;</li>
 * <li>HOSPITAL_REPORTER, VIEWER, SERVICE_CLIENT: nothing.</li>
 * </ul>
 * A refusal is a 403 thrown before anything is changed.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    public void institutionWrite(String divisionCode) {
        if (caller.is(Roles.NATIONAL_ADMIN) || inOwnProvince(divisionCode)) {
            return;
        }
        throw refuse(Text.of("write institutions in division " + divisionCode, "写入行政区划 " + divisionCode + " 的机构"));
    }

    /** Programme registration, change and status: by the division of the primary recipient. */
    public void programmeWrite(String primaryRecipientDivision) {
        if (caller.is(Roles.NATIONAL_ADMIN) || inOwnProvince(primaryRecipientDivision)) {
            return;
        }
        throw refuse(Text.of("write programmes whose primary recipient is in division " + primaryRecipientDivision,
                "写入主受援机构位于行政区划 " + primaryRecipientDivision + " 的项目"));
    }

    /** Batches, assignments, workstations and resource inputs of a programme. */
    public void teamWrite(String primaryRecipientDivision, UUID lead, Collection<UUID> partners) {
        if (caller.is(Roles.NATIONAL_ADMIN) || inOwnProvince(primaryRecipientDivision)) {
            return;
        }
        if (caller.is(Roles.PROGRAMME_MANAGER)) {
            UUID own = caller.institutionId().orElse(null);
            if (own != null && (own.equals(lead) || partners.contains(own))) {
                return;
            }
        }
        throw refuse(Text.of("write the team of a programme its institution neither leads nor partners",
                "写入本机构既非牵头支援医院也非协作支援医院的项目的医疗队"));
    }

    /**
     * Posting an expert (an assignment, a workstation's lead): a programme posts experts of its
     * lead or partner hospitals. An expert may hold only one assignment at a time nationwide, so
     * posting another hospital's expert would block that expert's calendar; NATIONAL_ADMIN may
     * post anyone, a PROVINCE_ADMIN anyone in programmes of its province.
     */
    public void expertPosting(UUID expertHome, String primaryRecipientDivision, UUID lead, Collection<UUID> partners) {
        if (caller.is(Roles.NATIONAL_ADMIN) || inOwnProvince(primaryRecipientDivision)) {
            return;
        }
        if (expertHome.equals(lead) || partners.contains(expertHome)) {
            return;
        }
        throw refuse(Text.of("post an expert whose home institution " + expertHome
                + " is neither the lead nor a partner of the programme",
                "派驻该专家：其派出单位 " + expertHome + " 既非本项目的牵头支援医院，也非协作支援医院"));
    }

    /** Experts: national and province administrators, or the manager of the expert's home institution. */
    public void expertWrite(UUID homeInstitution, String homeDivision) {
        if (caller.is(Roles.NATIONAL_ADMIN) || inOwnProvince(homeDivision)) {
            return;
        }
        if (caller.is(Roles.PROGRAMME_MANAGER) && caller.institutionId().map(homeInstitution::equals).orElse(false)) {
            return;
        }
        throw refuse(Text.of("write experts of another institution", "写入其他机构的专家"));
    }

    private boolean inOwnProvince(String divisionCode) {
        if (!caller.is(Roles.PROVINCE_ADMIN)) {
            return false;
        }
        return caller.scope().map(own -> DivisionCode.within(divisionCode, own)).orElse(false);
    }

    private RuntimeException refuse(Text what) {
        Text who = caller.is(Roles.PROVINCE_ADMIN)
                ? Text.of("a province administrator of " + caller.divisionCode().orElse("no division"),
                        caller.divisionCode().map(d -> "行政区划 " + d + " 的省级管理员").orElse("未指定行政区划的省级管理员"))
                : caller.is(Roles.PROGRAMME_MANAGER)
                ? Text.of("a programme manager of institution " + caller.institutionId().map(UUID::toString).orElse("(none)"),
                        caller.institutionId().map(id -> "机构 " + id + " 的项目管理员").orElse("未指定机构的项目管理员"))
                : Text.of("this role", "该角色");
        return Problems.forbidden(Text.of(who.en() + " cannot " + what.en(), who.zh() + "不能" + what.zh()));
    }
}
