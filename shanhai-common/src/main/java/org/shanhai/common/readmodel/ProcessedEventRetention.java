package org.shanhai.common.readmodel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@code processed_event} from growing forever: once a day, the ids of events applied longer ago
 * than {@code shanhai.consumer.processed-retention} (90 days) are forgotten. Redeliveries come within
 * seconds (a restart before the offset commit) or from a dead-letter topic, kept 30 days; the window
 * covers both. The newest row of each topic always stays: it is what tells a restarted consumer that
 * its read model is not empty ({@link ReadModelRebuild}). The outbox rows, the producers' history, stay.
 */
@ApplicationScoped
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class ProcessedEventRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventRetention.class);
    private static final int BATCH = 10_000;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "shanhai.consumer.processed-retention", defaultValue = "P90D")
    Duration retention;

    @Scheduled(cron = "${shanhai.consumer.processed-purge-cron:0 40 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        try {
            int n = purge();
            if (n > 0) {
                LOG.infof("forgot %d processed events older than %s", n, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("processed-event retention: %s (tried again tomorrow)", e.getMessage());
        }
    }

    /** Deletes, in short transactions, what is older than the retention but the newest of its topic. */
    public int purge() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(retention);
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "DELETE FROM processed_event WHERE ce_id IN (SELECT ce_id FROM processed_event p "
                                    + "WHERE processed_at < :cutoff AND processed_at < (SELECT max(processed_at) "
                                    + "FROM processed_event q WHERE q.topic = p.topic) LIMIT :batch)")
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += n;
        } while (n == BATCH);
        return total;
    }
}
