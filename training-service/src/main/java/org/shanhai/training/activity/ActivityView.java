package org.shanhai.training.activity;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingActivity", description = "培训活动")
public record ActivityView(UUID id, UUID programmeId, UUID institutionId, ActivityType type, LocalDate date,
        String department, UUID leadExpertId, String topic, int attendeeCount,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "学时, a decimal string", examples = "1.5") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal hours,
        @Schema(description = "imported rows: how a second import recognises them (ext:<external id> or sha:<content hash>)")
        String importKey,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ActivityView of(TrainingActivity a) {
        return new ActivityView(a.id, a.programmeId, a.institutionId, a.type, a.date, a.department, a.leadExpertId,
                a.topic, a.attendeeCount, a.hours, a.importKey, a.version, a.createdAt, a.updatedAt);
    }
}
