package org.shanhai.programme.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment", description = "派驻 An expert posted in a batch to a recipient institution")
public record AssignmentView(UUID id, UUID programmeId, UUID batchId, UUID expertId, UUID institutionId,
        List<Role> roles, String department, LocalDate startDate, LocalDate endDate, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.programmeId, a.batchId, a.expertId, a.institutionId, List.copyOf(a.roles),
                a.department, a.startDate, a.endDate, a.version, a.createdAt, a.updatedAt);
    }
}
