package org.shanhai.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * What ops watch of the outbox (docs/operations.md, deploy/components/monitoring): how many events wait
 * to be published ({@code shanhai_outbox_pending}) and how long the oldest has waited
 * ({@code shanhai_outbox_oldest_pending_seconds}, 0 when none does). A relay that cannot reach the
 * broker, or a row the broker refuses, shows here long before a consumer misses anything. Read from
 * the database every {@code shanhai.outbox.metrics-interval}, not on each scrape; unknown (NaN) while
 * the database cannot be asked.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    private volatile double pending = Double.NaN;
    private volatile double oldestSeconds = Double.NaN;

    void register(@Observes StartupEvent e) {
        Gauge.builder("shanhai.outbox.pending", this, m -> m.pending)
                .description("Outbox rows not yet published to Kafka").register(meters);
        Gauge.builder("shanhai.outbox.oldest.pending", this, m -> m.oldestSeconds).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet published (0 when none)").register(meters);
    }

    @Scheduled(every = "${shanhai.outbox.metrics-interval:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            // the partial index on pending rows answers both
            try (ResultSet r = s.executeQuery("SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) "
                    + "FROM outbox_event WHERE sent_at IS NULL")) {
                r.next();
                pending = r.getLong(1);
                oldestSeconds = Math.max(0, r.getDouble(2));
            }
        } catch (SQLException ex) {
            pending = Double.NaN;
            oldestSeconds = Double.NaN;
            LOG.debugf("outbox metrics: %s", ex.getMessage());
        }
    }
}
