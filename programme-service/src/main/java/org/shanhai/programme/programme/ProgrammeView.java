package org.shanhai.programme.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "帮扶项目 A programme")
public record ProgrammeView(
        UUID id,
        String code,
        String name,
        Scheme scheme,
        UUID leadInstitutionId,
        List<UUID> partnerInstitutionIds,
        List<RecipientView> recipients,
        LocalDate startDate,
        LocalDate endDate,
        ProgrammeStatus status,
        @Schema(description = "reason given with the last status change") String statusReason,
        List<String> objectives,
        List<String> focusDepartments,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "Recipient")
    public record RecipientView(UUID institutionId, boolean primary) {
    }

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.code, p.name, p.scheme, p.leadInstitutionId, List.copyOf(p.partnerInstitutionIds),
                p.recipients.stream().map(r -> new RecipientView(r.institutionId, r.primary)).toList(),
                p.startDate, p.endDate, p.status, p.statusReason, List.copyOf(p.objectives),
                List.copyOf(p.focusDepartments), p.version, p.createdAt, p.updatedAt);
    }
}
