package org.shanhai.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "变更记录 One change: who, when, what (old and new values)")
public record HistoryEntry(
        @Schema(description = "the event's ce_id") UUID eventId,
        @Schema(description = "event type, e.g. institution.updated") String type,
        @Schema(description = "token subject of whoever made the change") String actor,
        OffsetDateTime at,
        @Schema(description = "changed fields: {field: {old, value}}; absent on creation")
        JsonNode changes,
        @Schema(description = "the full state after the change") JsonNode state) {
}
