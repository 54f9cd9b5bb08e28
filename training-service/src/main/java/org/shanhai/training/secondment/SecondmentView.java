package org.shanhai.training.secondment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Secondment", description = "进修/跟岗/规培 (the staff member by id)")
public record SecondmentView(UUID id, UUID programmeId, UUID staffId, UUID institutionId, UUID hostInstitutionId,
        SecondmentType type, String department, LocalDate startDate,
        @Schema(description = "planned end while ONGOING, actual end once COMPLETED") LocalDate endDate,
        SecondmentStatus status, String qualification, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static SecondmentView of(Secondment s) {
        return new SecondmentView(s.id, s.programmeId, s.staffId, s.institutionId, s.hostInstitutionId, s.type,
                s.department, s.startDate, s.endDate, s.status, s.qualification, s.version, s.createdAt, s.updatedAt);
    }
}
