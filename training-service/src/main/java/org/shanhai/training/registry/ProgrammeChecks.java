package org.shanhai.training.registry;

import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;

/**
 * Loads what a programme record (activity, mentorship, secondment, reported total) is checked
 * against: the programme, its status history and its assignments, once per request or import.
 */
@ApplicationScoped
public class ProgrammeChecks {

    @Inject
    ProgrammeReferences registry;

    /** The programme's context, or a 422 naming {@code field} when programme-service has not announced it. */
    public ProgrammeContext load(String field, UUID programmeId) {
        ProgrammeReferences.ProgrammeFacts p = registry.programme(programmeId).orElseThrow(() -> Problems.unprocessable(
                field, Text.of("programme " + programmeId + " is not known here (yet): programme-service has not announced it",
                        "本服务尚未收到项目 " + programmeId + " 的信息：programme-service 尚未发布该项目")));
        return new ProgrammeContext(field, p, registry.statusHistory(p.id()), registry.assignments(p.id()));
    }

    public boolean isKnownExpert(UUID expertId) {
        return registry.isKnownExpert(expertId);
    }
}
