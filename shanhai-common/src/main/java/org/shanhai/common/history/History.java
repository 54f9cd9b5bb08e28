package org.shanhai.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.outbox.OutboxEvent;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;

/**
 * The change history of an entity, read from the outbox: every change wrote its event there in
 * the same transaction, with the actor and the old and new values, and the rows are kept after
 * sending. So the history is complete by construction and costs no second write.
 */
@ApplicationScoped
public class History {

    private static final Map<String, String> SORTABLE = Map.of("at", "seq");

    @Inject
    ObjectMapper mapper;

    public Page<HistoryEntry> of(String aggregateType, UUID id, PageRequest page, UriInfo uri) {
        var query = OutboxEvent.<OutboxEvent>find("aggregateType = :type and aggregateId = :id",
                page.toSort(SORTABLE, "at"), Parameters.with("type", aggregateType).and("id", id));
        return Page.of(query, page, uri, this::entry);
    }

    HistoryEntry entry(OutboxEvent e) {
        JsonNode payload;
        try {
            payload = mapper.readTree(e.payload);
        } catch (Exception ex) {
            throw new IllegalStateException("stored event " + e.id + " is not JSON", ex);
        }
        JsonNode changes = null;
        if (payload instanceof ObjectNode o) {
            changes = o.remove("changes");
        }
        return new HistoryEntry(e.id, e.type, e.actor, e.createdAt, changes, payload);
    }
}
