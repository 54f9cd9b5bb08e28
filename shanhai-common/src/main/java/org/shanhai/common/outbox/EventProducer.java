package org.shanhai.common.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shanhai.common.events.KafkaConnection;

/**
 * The relay's Kafka producer: idempotent, {@code acks=all}, and quick to give up while the
 * broker is away (the rows stay pending and the next poll tries again).
 */
@ApplicationScoped
public class EventProducer {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaDefaults;

    /** Kept below the relay's lock-time bound: a send never blocks longer while rows are locked. */
    @ConfigProperty(name = "shanhai.outbox.max-block", defaultValue = "1000")
    int maxBlockMs;

    private volatile KafkaProducer<String, String> producer;

    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer().send(record);
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(config(), new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    private Map<String, Object> config() {
        Map<String, Object> c = new HashMap<>(KafkaConnection.of(kafkaDefaults));
        c.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 0); // the relay sends in rounds; waiting adds to every round
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000);
        c.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        return c;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
