package org.shanhai.programme.workstation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Workstation", description = "专家工作站/博士工作站")
public record WorkstationView(UUID id, UUID programmeId, UUID institutionId, String name, Workstation.Kind kind,
        String department, UUID leadExpertId, LocalDate establishedDate, OffsetDateTime createdAt) {

    static WorkstationView of(Workstation w) {
        return new WorkstationView(w.id, w.programmeId, w.institutionId, w.name, w.kind, w.department, w.leadExpertId,
                w.establishedDate, w.createdAt);
    }
}
