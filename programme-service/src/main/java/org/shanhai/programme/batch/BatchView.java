package org.shanhai.programme.batch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Batch", description = "批次 A team batch")
public record BatchView(UUID id, UUID programmeId, int sequence, LocalDate startDate, LocalDate endDate,
        UUID leaderExpertId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Whether the period from {@code start} to {@code end} (null = open) lies inside this batch. */
    public boolean covers(LocalDate start, LocalDate end) {
        return !start.isBefore(startDate) && (endDate == null || (end != null && !end.isAfter(endDate)));
    }

    public static BatchView of(Batch b) {
        return new BatchView(b.id, b.programmeId, b.sequence, b.startDate, b.endDate, b.leaderExpertId, b.version,
                b.createdAt, b.updatedAt);
    }
}
