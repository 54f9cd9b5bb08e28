package org.shanhai.training.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffMember", description = "受训人员; `name` only for callers who may see staff names")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffView(UUID id,
        @Schema(description = "姓名: absent for callers who may not see names (VIEWER)") String name,
        UUID institutionId, String department, String title, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static StaffView of(StaffMember s, boolean withName) {
        return new StaffView(s.id, withName ? s.name : null, s.institutionId, s.department, s.title, s.version,
                s.createdAt, s.updatedAt);
    }
}
