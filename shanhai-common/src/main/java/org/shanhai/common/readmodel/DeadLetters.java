package org.shanhai.common.readmodel;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.shanhai.common.events.KafkaConnection;

/**
 * This service's dead-letter topic ({@code <service>.dlq}): what is in it, and a replay that
 * applies each dead letter again through the {@link ReadModelRouter}, as if it came from its
 * original topic, once its cause is fixed. The service only reads its own dead-letter topic and
 * never writes to another service's topic; deduplication by {@code ce_id} makes a replay safe to
 * repeat. A record that still fails stays where it is and is reported.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Header names SmallRye's dead-letter strategy writes beside the original headers. */
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String REASON = "dead-letter-reason";

    @Schema(name = "DeadLetter", description = "死信 An event this service could not apply")
    public record Letter(long dlqOffset, int dlqPartition, String topic, Integer partition, Long offset, String key,
            String ceId, String ceType, String ceSource, String reason,
            @Schema(description = "applied since (by a replay): no longer outstanding") boolean applied, String payload) {
    }

    /** How often a replay waits for the database before it reports the record as failed. */
    static final int REPLAY_TRANSIENT_ATTEMPTS = 5;

    @Schema(name = "DeadLetterReplay", description = "死信重放结果 What a replay did")
    public record Replay(int read, int applied, int alreadyApplied, List<Failure> failed) {
    }

    @Schema(name = "DeadLetterFailure")
    public record Failure(String ceId, String ceType, String reason) {
    }

    @Inject
    ReadModelRouter router;

    @Inject
    EntityManager em;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaDefaults;

    @ConfigProperty(name = "shanhai.consumer.dead-letter-topic")
    String topic;

    public String topic() {
        return topic;
    }

    /** The newest {@code limit} dead letters, oldest first; {@code outstandingOnly} leaves out those applied since. */
    public List<Letter> list(int limit, boolean outstandingOnly) {
        List<ConsumerRecord<String, String>> all = readAll();
        Set<UUID> applied = applied(all);
        List<Letter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> r : all) {
            UUID ce = uuid(header(r, "ce_id"));
            boolean done = ce != null && applied.contains(ce);
            if (outstandingOnly && done) {
                continue;
            }
            letters.add(new Letter(r.offset(), r.partition(), header(r, TOPIC), integer(header(r, PARTITION)),
                    longValue(header(r, OFFSET)), r.key(), header(r, "ce_id"), header(r, "ce_type"),
                    header(r, "ce_source"), header(r, REASON), done, r.value()));
        }
        return letters.subList(Math.max(0, letters.size() - limit), letters.size());
    }

    /** Which of these dead letters' events have been applied since (processed_event). */
    @SuppressWarnings("unchecked")
    Set<UUID> applied(List<ConsumerRecord<String, String>> records) {
        List<UUID> ids = records.stream().map(r -> uuid(header(r, "ce_id"))).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> Set.copyOf((List<UUID>) em.createNativeQuery(
                "SELECT ce_id FROM processed_event WHERE ce_id IN (:ids)", UUID.class).setParameter("ids", ids)
                .getResultList()));
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Replay replay() {
        int read = 0;
        int applied = 0;
        int seen = 0;
        List<Failure> failed = new ArrayList<>();
        for (ConsumerRecord<String, String> r : readAll()) {
            read++;
            try {
                if (router.dispatch(original(r), REPLAY_TRANSIENT_ATTEMPTS)) {
                    applied++;
                } else {
                    seen++;
                }
            } catch (RuntimeException e) {
                failed.add(new Failure(header(r, "ce_id"), header(r, "ce_type"), e.getMessage()));
            }
        }
        LOG.infof("dead-letter replay of %s: %d read, %d applied, %d applied before, %d failed", topic, read, applied,
                seen, failed.size());
        return new Replay(read, applied, seen, failed);
    }

    /** The dead letter as it was on its original topic: same topic name, key, value and headers. */
    static ConsumerRecord<String, String> original(ConsumerRecord<String, String> r) {
        String origin = header(r, TOPIC);
        Integer partition = integer(header(r, PARTITION));
        Long offset = longValue(header(r, OFFSET));
        ConsumerRecord<String, String> copy = new ConsumerRecord<>(origin == null ? r.topic() : origin,
                partition == null ? r.partition() : partition, offset == null ? r.offset() : offset, r.timestamp(),
                TimestampType.CREATE_TIME, -1, -1, r.key(), r.value(), r.headers(), java.util.Optional.empty());
        return copy;
    }

    /** Reads the whole dead-letter topic, from its first record to the end it had when asked. */
    List<ConsumerRecord<String, String>> readAll() {
        // no group: partitions assigned by hand, nothing committed (and no group for the ACLs to allow)
        Map<String, Object> config = new HashMap<>(KafkaConnection.of(kafkaDefaults));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                }
            }
        }
        return records;
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
