package org.shanhai.common.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.shanhai.common.events.CloudEvents;

/** A CloudEvent read from Kafka (binary mode): its attributes and its JSON payload. */
public record InboundEvent(UUID id, String type, String source, String subject, String key, OffsetDateTime time,
        JsonNode data) {

    /** Reads a record; a missing attribute or a payload that is not a JSON object is an {@link InvalidEventException}. */
    public static InboundEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || type == null) {
            throw new InvalidEventException("record without " + (id == null ? CloudEvents.ID : CloudEvents.TYPE)
                    + " header");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(CloudEvents.ID + " is not a UUID: " + id);
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : mapper.readTree(record.value());
        } catch (Exception e) {
            throw new InvalidEventException("payload of " + type + " " + id + " is not JSON");
        }
        if (data == null || !data.isObject()) {
            throw new InvalidEventException("payload of " + type + " " + id + " is not a JSON object");
        }
        return new InboundEvent(uuid, type, header(record, CloudEvents.SOURCE), header(record, CloudEvents.SUBJECT),
                record.key(), time(header(record, CloudEvents.TIME)), data);
    }

    /** Reads the payload as a contract record; a payload that does not fit can never be applied. */
    public <T> T payload(ObjectMapper reader, Class<T> type) {
        try {
            return reader.treeToValue(data, type);
        } catch (Exception ex) {
            throw new InvalidEventException(this.type + " " + id + " does not match its contract: " + ex.getMessage(), ex);
        }
    }

    /**
     * The id the record key must equal: an entity that is keyed by itself (an institution, an
     * expert, a programme) by its own id; one kept per institution (a staff member, an exam result,
     * an observation) by its {@code institutionId}; anything else by the programme it belongs to (its
     * {@code programmeId}), or its own id where it belongs to none. A payload of a self-keyed type
     * may not carry a {@code programmeId} to choose its key.
     */
    public String expectedKey() {
        JsonNode programme = data.get("programmeId");
        JsonNode own = data.get("id");
        if (INSTITUTION_KEYED.stream().anyMatch(type::startsWith)) {
            JsonNode institution = data.get("institutionId");
            return institution != null && institution.isTextual() ? institution.asText() : null;
        }
        boolean selfKeyed = SELF_KEYED.stream().anyMatch(type::startsWith);
        if (programme != null && programme.isTextual() && !selfKeyed) {
            return programme.asText();
        }
        if (selfKeyed && programme != null && !programme.isNull()) {
            return null;
        }
        return own != null && own.isTextual() ? own.asText() : null;
    }

    /** Event types whose record key is the entity's own id (contracts.md). */
    static final java.util.List<String> SELF_KEYED = java.util.List.of("institution.", "expert.", "programme.");

    /** Event types whose record key is their institution's id (contracts.md: "else the entity id" does not hold for these). */
    static final java.util.List<String> INSTITUTION_KEYED = java.util.List.of("staff.", "exam-result.", "observation.");

    /** Refuses an event that lacks a field its contract requires (it can never be applied). */
    public void require(boolean complete) {
        if (!complete) {
            throw new InvalidEventException(type + " " + id + " lacks a field its contract requires");
        }
    }

    /** A date field of the payload ({@code 2025-03-01}); null stays null; anything else can never be applied. */
    public java.time.LocalDate date(String value) {
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (RuntimeException ex) {
            throw new InvalidEventException(type + " " + id + ": '" + value + "' is not a date");
        }
    }

    /** {@code ce_time}: when the change happened at its source; null when absent or unreadable. */
    private static OffsetDateTime time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
