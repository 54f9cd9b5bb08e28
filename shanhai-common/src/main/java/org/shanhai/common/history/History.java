package org.shanhai.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.outbox.OutboxEvent;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;

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

    /**
     * The changes of one entity, oldest first. {@code key} (the programme id of a programme's
     * records, or null) keeps one programme's history out of another's paths. An entity with no
     * recorded change does not exist here (404), also when it has been removed: its history stays.
     */
    public Page<HistoryEntry> of(String aggregateType, UUID id, String key, PageRequest page) {
        Parameters params = Parameters.with("type", aggregateType).and("id", id);
        String where = "aggregateType = :type and aggregateId = :id";
        if (key != null) {
            where += " and key = :key";
            params.and("key", key);
        }
        Page<HistoryEntry> result = Page.of(OutboxEvent.<OutboxEvent>find(where, page.toSort(SORTABLE, "at"), params),
                page, this::entry);
        if (result.totalItems() == 0) {
            throw Problems.notFound(aggregateType.replace('-', ' '), id);
        }
        return result;
    }

    /** Every change of every entity of a type under one key (a programme's targets), oldest first; empty when none. */
    public Page<HistoryEntry> ofKey(String aggregateType, String key, PageRequest page) {
        return Page.of(OutboxEvent.<OutboxEvent>find("aggregateType = :type and key = :key", page.toSort(SORTABLE, "at"),
                Parameters.with("type", aggregateType).and("key", key)), page, this::entry);
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
