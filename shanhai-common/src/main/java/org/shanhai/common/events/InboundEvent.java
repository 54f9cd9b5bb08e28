package org.shanhai.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from Kafka (binary mode): its attributes and its JSON payload. */
public record InboundEvent(UUID id, String type, String source, String subject, String key, JsonNode data) {

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
                record.key(), data);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
