package org.shanhai.common.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a topic from the beginning on the real broker, as an outside consumer would. */
public final class EventTap {

    private EventTap() {
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /**
     * Waits until {@code until} holds for the records matching {@code filter} (or the timeout
     * passes), then reads on to the end of the topic as it stands, so that a duplicate or a later
     * event that matches is returned too; the records come in topic-partition order.
     */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
            Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (parts.isEmpty() && System.nanoTime() < deadline) {
                Map<String, List<PartitionInfo>> topics = c.listTopics(Duration.ofSeconds(5));
                for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
                    parts.add(new TopicPartition(topic, info.partition()));
                }
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            while (System.nanoTime() < deadline && !until.test(seen)) {
                poll(c, filter, seen);
            }
            // to the end of the topic: a late duplicate of an event already seen must be seen too
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long tail = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < tail) {
                poll(c, filter, seen);
            }
            return seen;
        }
    }

    private static void poll(KafkaConsumer<String, String> c, Predicate<ConsumerRecord<String, String>> filter,
            List<ConsumerRecord<String, String>> seen) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
            if (filter.test(r)) {
                seen.add(r);
            }
        }
    }

    public static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
