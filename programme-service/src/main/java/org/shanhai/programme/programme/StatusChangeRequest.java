package org.shanhai.programme.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChange", description = "状态变更 PLANNED → ACTIVE ⇄ SUSPENDED → COMPLETED")
public record StatusChangeRequest(@NotNull ProgrammeStatus status,
        @Schema(description = "原因 why (kept in the history)") @NotBlank @Size(max = 1000) String reason) {
}
