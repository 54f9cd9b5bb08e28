package org.shanhai.programme.expert;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Expert", description = "专家 An expert")
public record ExpertView(UUID id, String name, UUID homeInstitutionId, String department, Title title,
        @Schema(description = "职称级别 正高 SENIOR, 副高 ASSOCIATE_SENIOR, 中级 INTERMEDIATE, 初级 JUNIOR")
        Title.Level titleLevel, Degree degree, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ExpertView of(Expert e) {
        return new ExpertView(e.id, e.name, e.homeInstitutionId, e.department, e.title,
                e.title == null ? null : e.title.level, e.degree, e.version, e.createdAt, e.updatedAt);
    }
}
