package org.shanhai.common.readmodel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * training-service's events into a consuming service's read model, as {@link ProgrammeEventsConsumer}
 * does for programme.events. Present in the services that set
 * {@code shanhai.read-model.training-events=true} and configure the channel {@code training-events}.
 */
@ApplicationScoped
@IfBuildProperty(name = "shanhai.read-model.training-events", stringValue = "true")
public class TrainingEventsConsumer {

    @Inject
    ReadModelRouter router;

    @Incoming("training-events")
    @Blocking // ordered: one record at a time, in partition order
    public void onEvent(ConsumerRecord<String, String> record) {
        router.dispatch(record);
    }
}
