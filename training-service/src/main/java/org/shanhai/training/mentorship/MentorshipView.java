package org.shanhai.training.mentorship;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Mentorship", description = "师带徒 (the apprentice by id: names are read from /api/v1/staff by those who may)")
public record MentorshipView(UUID id, UUID programmeId, UUID mentorExpertId, UUID apprenticeId, UUID institutionId,
        String department, LocalDate startDate, MentorshipStatus status, LocalDate endDate, String reason,
        List<TechniqueView> techniques, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "MentorshipTechnique")
    public record TechniqueView(String name,
            @Schema(description = "能否独立开展; absent until the mentorship is completed") Boolean independent) {
    }

    public static MentorshipView of(Mentorship m) {
        return new MentorshipView(m.id, m.programmeId, m.mentorExpertId, m.apprenticeId, m.institutionId, m.department,
                m.startDate, m.status, m.endDate, m.reason,
                m.techniques.stream().map(t -> new TechniqueView(t.name, t.independent)).toList(), m.version,
                m.createdAt, m.updatedAt);
    }
}
