package org.shanhai.metrics.institution;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shanhai.common.readmodel.ReadModelRouter;

/** programme-service's events into this service's read model; the handlers are EventHandler beans. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    ReadModelRouter router;

    @Incoming("programme-events")
    @Blocking // ordered: one record at a time, in partition order
    public void onEvent(ConsumerRecord<String, String> record) {
        router.dispatch(record);
    }
}
