package org.shanhai.common.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event consumers: DOWN while an event waits for the database, UP again once one
 * is applied. Liveness is left alone on purpose: a database outage must not get the pod restarted
 * (the consumer is fine and resumes by itself), so the throttled commit strategy's unprocessed-record
 * age check is switched off in the shared configuration.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final AtomicReference<String> waitingSince = new AtomicReference<>();

    void waiting(Throwable cause) {
        waitingSince.compareAndSet(null, Instant.now() + ": " + cause.getClass().getSimpleName());
    }

    void recovered() {
        waitingSince.set(null);
    }

    @Override
    public HealthCheckResponse call() {
        String since = waitingSince.get();
        return HealthCheckResponse.named("event consumers").status(since == null)
                .withData("waitingForDatabaseSince", since == null ? "-" : since).build();
    }
}
