package org.shanhai.training.registry;

import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;

/** The institutions training records may belong to: known from programme.events and helped by some programme. */
@ApplicationScoped
public class RecipientInstitutions {

    @Inject
    InstitutionReferences institutions;

    @Inject
    ProgrammeReferences registry;

    /** The institution, or a 422 naming {@code field} when it is unknown here (yet) or no programme's recipient. */
    public InstitutionReference require(String field, UUID institutionId) {
        InstitutionReference i = institutions.find(institutionId);
        if (i == null) {
            throw Problems.unprocessable(field, Text.of("institution " + institutionId
                    + " is not known here (yet): programme-service has not announced it",
                    "本服务尚未收到机构 " + institutionId + " 的信息：programme-service 尚未发布该机构"));
        }
        if (!registry.isRecipient(institutionId)) {
            throw Problems.unprocessable(field, Text.of("institution " + institutionId + " is not a recipient of any programme",
                    "机构 " + institutionId + " 不是任何项目的受援医院"));
        }
        return i;
    }

    /** The institution as programme-service announced it, or null. */
    public InstitutionReference find(UUID institutionId) {
        return institutions.find(institutionId);
    }

    /** The institution's division code, or null when it is not known here. */
    public String divisionOf(UUID institutionId) {
        InstitutionReference i = institutions.find(institutionId);
        return i == null ? null : i.divisionCode;
    }
}
