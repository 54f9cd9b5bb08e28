package org.shanhai.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void keepsTheAddressAndEverySecuritySettingAndNothingElse() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("bootstrap.servers", "shanhai-kafka-kafka-bootstrap:9093");
        defaults.put("security.protocol", "SASL_SSL");
        defaults.put("sasl.mechanism", "SCRAM-SHA-512");
        defaults.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        defaults.put("ssl.truststore.type", "PEM");
        defaults.put("ssl.truststore.location", "/etc/kafka-ca/ca.crt");
        // a channel's settings, not the connection's: a producer or an admin client must not get them
        defaults.put("group.id", "metrics-service");
        defaults.put("auto.offset.reset", "earliest");
        defaults.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        // an empty variable is no setting (KAFKA_SSL_KEYSTORE_LOCATION= in a manifest)
        defaults.put("ssl.keystore.location", "");

        assertEquals(Map.of(
                "bootstrap.servers", "shanhai-kafka-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/etc/kafka-ca/ca.crt"), KafkaConnection.of(defaults));
    }
}
