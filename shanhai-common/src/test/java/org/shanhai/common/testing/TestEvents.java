package org.shanhai.common.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends records straight to the real broker, as another service (or a broken producer) would. */
public final class TestEvents {

    private TestEvents() {
    }

    /** The producer the consumers trust on programme.events. */
    public static final String PROGRAMME_SERVICE = "/shanhai/programme-service";

    public static void send(String topic, String key, UUID ceId, String type, String payload) throws Exception {
        send(topic, key, ceId, type, payload, PROGRAMME_SERVICE);
    }

    public static void send(String topic, String key, UUID ceId, String type, String payload, String source)
            throws Exception {
        send(topic, key, ceId, type, payload, source, OffsetDateTime.now());
    }

    /** As programme-service would have sent it at {@code time} ({@code ce_time}: when a status change took effect). */
    public static void send(String topic, String key, UUID ceId, String type, String payload, String source,
            OffsetDateTime time) throws Exception {
        RecordHeaders h = new RecordHeaders();
        if (ceId != null) {
            h.add("ce_id", ceId.toString().getBytes(StandardCharsets.UTF_8));
        }
        h.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        h.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        h.add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        h.add("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EventTap.bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, payload, h)).get();
        }
    }

    /** An {@code institution.registered} or {@code .updated} payload as programme-service writes it. */
    public static String institution(UUID id, String name, String divisionCode, long version) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of(
                "id", id.toString(), "name", name, "divisionCode", divisionCode, "kind", "COUNTY_HOSPITAL",
                "version", version)).toString();
    }
}
