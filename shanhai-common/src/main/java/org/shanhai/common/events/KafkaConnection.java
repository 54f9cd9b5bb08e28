package org.shanhai.common.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to reach the broker, for the Kafka clients this project creates itself (the outbox relay's
 * producer, the topic admin, the dead-letter reader): the SmallRye channels get the whole
 * {@code kafka.*} configuration, and these clients must get the same address, TLS and SASL settings,
 * or they alone fail against a secured cluster. The settings come from {@code kafka.*} properties or
 * {@code KAFKA_*} environment variables ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}).
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    /** The connection and security entries of the {@code default-kafka-broker} map, nothing else. */
    public static Map<String, Object> of(Map<String, Object> kafkaDefaults) {
        Map<String, Object> c = new TreeMap<>();
        kafkaDefaults.forEach((key, value) -> {
            if (isConnectionSetting(key) && value != null && !value.toString().isBlank()) {
                c.put(key, value);
            }
        });
        return c;
    }

    static boolean isConnectionSetting(String key) {
        return key.equals("bootstrap.servers") || key.equals("security.protocol") || key.equals("client.dns.lookup")
                || key.startsWith("sasl.") || key.startsWith("ssl.");
    }
}
