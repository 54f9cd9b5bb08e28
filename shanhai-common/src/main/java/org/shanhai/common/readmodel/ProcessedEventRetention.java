package org.shanhai.common.readmodel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@code processed_event} from growing forever: once a day, the ids of events applied longer ago
 * than {@code shanhai.consumer.processed-retention} (90 days) are forgotten, at 03:40 China time. Redeliveries come within
 * seconds (a restart before the offset commit) or from a dead-letter topic, kept 30 days; the window
 * covers both. The newest row of each topic always stays: it is what tells a restarted consumer that
 * its read model is not empty ({@link ReadModelRebuild}). The outbox rows, the producers' history, stay.
 */
@ApplicationScoped
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class ProcessedEventRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventRetention.class);
    private static final int BATCH = 10_000;
    /** Advisory lock id of the purge (any constant; each service has its own database). */
    private static final long LOCK = 0x5348_5052_4f43_4553L;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "shanhai.consumer.processed-retention", defaultValue = "P90D")
    Duration retention;

    @Scheduled(cron = "${shanhai.consumer.processed-purge-cron:0 40 3 * * ?}", timeZone = "Asia/Shanghai",
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

    /**
     * Deletes, topic by topic in short transactions, what is older than the retention but the newest of its
     * topic (the index on topic and time finds both). One replica at a time: the others find the lock taken.
     */
    @SuppressWarnings("unchecked")
    public int purge() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(retention);
        List<String> topics = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT DISTINCT topic FROM processed_event", String.class).getResultList());
        int total = 0;
        for (String topic : topics) {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> {
                    boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                            .setParameter("key", LOCK).getSingleResult();
                    if (!mine) {
                        return -1;
                    }
                    return em.createNativeQuery("DELETE FROM processed_event WHERE ce_id IN (SELECT ce_id FROM "
                                    + "processed_event WHERE topic = :topic AND processed_at < least(:cutoff, (SELECT "
                                    + "max(processed_at) FROM processed_event WHERE topic = :topic)) LIMIT :batch)")
                            .setParameter("topic", topic)
                            .setParameter("cutoff", cutoff)
                            .setParameter("batch", BATCH)
                            .executeUpdate();
                });
                if (n < 0) {
                    return total; // another replica is purging
                }
                total += n;
            } while (n == BATCH);
        }
        return total;
    }
}
