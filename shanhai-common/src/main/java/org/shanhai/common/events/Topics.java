package org.shanhai.common.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure the topics this service writes to exist with the retention the contract names:
 * event topics forever ({@code retention.ms=-1}, so a new read model can replay from the start),
 * {@code .dlq} topics 30 days. Runs in the background and retries, so a service starts even
 * while the broker is away.
 */
@ApplicationScoped
public class Topics {

    private static final Logger LOG = Logger.getLogger(Topics.class);
    static final long DLQ_RETENTION_MS = TimeUnit.DAYS.toMillis(30);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaDefaults;

    @ConfigProperty(name = "shanhai.kafka.topics")
    Optional<List<String>> topics;

    @ConfigProperty(name = "shanhai.kafka.partitions", defaultValue = "3")
    int partitions;

    /** Off where an operator owns the topics (Strimzi's Topic Operator in Kubernetes: deploy/). */
    @ConfigProperty(name = "shanhai.kafka.create-topics", defaultValue = "true")
    boolean createTopics;

    private volatile Thread thread;

    void onStart(@Observes StartupEvent e) {
        if (!createTopics || topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        thread = new Thread(this::ensureWithRetry, "kafka-topics");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent e) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void ensureWithRetry() {
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            try {
                ensure(topics.get());
                return;
            } catch (Exception ex) {
                LOG.infof("topics not ready yet (attempt %d): %s", attempt, ex.getMessage());
                try {
                    Thread.sleep(Math.min(10_000, 1000L * attempt));
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    public static long retentionOf(String topic) {
        return topic.endsWith(".dlq") ? DLQ_RETENTION_MS : -1L;
    }

    void ensure(Collection<String> names) throws ExecutionException, InterruptedException {
        Map<String, Object> config = new java.util.HashMap<>(KafkaConnection.of(kafkaDefaults));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> wanted = new ArrayList<>();
            for (String name : names) {
                wanted.add(new NewTopic(name, Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionOf(name)))));
            }
            admin.createTopics(wanted).values().forEach((name, f) -> {
                try {
                    f.get();
                    LOG.infof("created topic %s", name);
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(ex.getCause());
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
            // A topic created earlier by a consumer's metadata request has the broker's default
            // retention: set ours on every topic, created now or before.
            Map<ConfigResource, Collection<AlterConfigOp>> retention = new java.util.HashMap<>();
            for (String name : names) {
                retention.put(new ConfigResource(ConfigResource.Type.TOPIC, name), List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionOf(name))),
                        AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(retention).all().get();
        }
    }
}
