package org.shanhai.common.readmodel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * programme-service's events into a consuming service's read model, one record at a time in
 * partition order. Present in the services that set {@code shanhai.read-model.enabled=true} and
 * configure the channel {@code programme-events}; the handlers are {@link EventHandler} beans.
 */
@ApplicationScoped
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class ProgrammeEventsConsumer {

    @Inject
    ReadModelRouter router;

    @Incoming("programme-events")
    @Blocking // ordered: one record at a time, in partition order
    public void onEvent(ConsumerRecord<String, String> record) {
        router.dispatch(record);
    }
}
