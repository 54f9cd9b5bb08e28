package org.shanhai.metrics.institution;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shanhai.common.events.IdempotentConsumer;
import org.shanhai.common.events.InboundEvent;
import org.shanhai.common.events.InstitutionReference;
import org.shanhai.common.events.contract.InstitutionEvent;

/** Keeps this service's copy of programme-service's facts (institutions, for now). */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Incoming("programme-events")
    @Blocking // ordered: one record at a time, in partition order
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.apply(record, this::apply);
    }

    void apply(InboundEvent event) {
        switch (event.type()) {
            case InstitutionEvent.REGISTERED, InstitutionEvent.UPDATED ->
                    InstitutionReference.upsert(event, consumer.reader(), KnownInstitution.class);
            default -> {
                // an event this service does not keep: recorded as processed, nothing else
            }
        }
    }
}
