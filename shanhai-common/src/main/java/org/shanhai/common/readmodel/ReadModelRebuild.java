package org.shanhai.common.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * A read model whose database is empty (new, recreated, or restored from nothing) is rebuilt from
 * the beginning of its topics, even when its consumer group has committed offsets from an earlier
 * life: on each assignment, with no event applied yet, the consumer seeks to the start. Applying is
 * idempotent (processed_event), so a seek that turns out unneeded costs only reading.
 */
@ApplicationScoped
@Identifier(ReadModelRebuild.NAME)
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class ReadModelRebuild implements KafkaConsumerRebalanceListener {

    /** The name the channels give in {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "shanhai-read-model-rebuild";

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    @Inject
    AgroalDataSource dataSource;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        try {
            // per topic: a service that starts to read a second topic has applied nothing of it yet
            Map<String, List<TopicPartition>> byTopic = new TreeMap<>();
            partitions.forEach(p -> byTopic.computeIfAbsent(p.topic(), t -> new ArrayList<>()).add(p));
            for (Map.Entry<String, List<TopicPartition>> topic : byTopic.entrySet()) {
                if (nothingApplied(topic.getKey())) {
                    LOG.infof("the read model holds nothing from %s: reading %s from the beginning", topic.getKey(),
                            topic.getValue());
                    consumer.seekToBeginning(topic.getValue());
                }
            }
        } catch (SQLException e) {
            // the committed offsets stand; the consumer's own retries deal with the database
            LOG.warnf("could not tell whether the read model is empty (%s); reading from the committed offsets", e.getMessage());
        }
    }

    boolean nothingApplied(String topic) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM processed_event WHERE topic = ?)")) {
            s.setString(1, topic);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
