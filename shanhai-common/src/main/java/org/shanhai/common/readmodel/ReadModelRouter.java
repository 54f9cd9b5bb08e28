package org.shanhai.common.readmodel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way into a service's read model. A service's {@code @Incoming} method hands each record
 * here; the router reads the CloudEvent, refuses what it must not trust (a {@code ce_source} other
 * than the topic's producer, a record key that is not the payload's programme or entity id), and
 * applies the event once through the {@link IdempotentConsumer} with every {@link EventHandler}
 * bean that names its type. Types no handler names are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class ReadModelRouter {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    @Any
    Instance<EventHandler> handlerBeans;

    /** {@code topic=source} pairs: which service may publish on which topic ({@code |} between alternatives). */
    @ConfigProperty(name = "shanhai.consumer.trusted-sources")
    List<String> trustedSources;

    private final ObjectMapper reader;
    private final Map<String, List<EventHandler>> handlers = new HashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();

    @Inject
    public ReadModelRouter(ObjectMapper mapper) {
        // payloads are read tolerantly: a producer may add fields before a consumer knows them
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void start(@Observes StartupEvent e) {
        index();
    }

    synchronized void index() {
        if (!handlers.isEmpty() || !sources.isEmpty()) {
            return;
        }
        for (EventHandler h : handlerBeans) {
            for (String type : h.types()) {
                handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(h);
            }
        }
        for (String pair : trustedSources) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                sources.put(pair.substring(0, eq).trim(),
                        List.of(pair.substring(eq + 1).trim().split("\\s*\\|\\s*")));
            }
        }
    }

    /** The reader handlers use for payloads (tolerant of unknown fields). */
    public ObjectMapper reader() {
        return reader;
    }

    /** @return true when applied now, false when seen before; throws {@link InvalidEventException} for a record to dead-letter. */
    public boolean dispatch(ConsumerRecord<String, String> record) {
        return dispatch(record, Integer.MAX_VALUE);
    }

    /** As {@link #dispatch(ConsumerRecord)}, waiting for the database at most {@code transientAttempts} times. */
    public boolean dispatch(ConsumerRecord<String, String> record, int transientAttempts) {
        index();
        InboundEvent event = InboundEvent.from(record, reader);
        checkTrust(record.topic(), event);
        List<EventHandler> applying = handlers.getOrDefault(event.type(), List.of());
        return consumer.apply(event, record.topic(), ev -> applying.forEach(h -> h.apply(ev)), transientAttempts);
    }

    void checkTrust(String topic, InboundEvent event) {
        List<String> expected = sources.get(topic);
        if (expected == null) {
            throw new InvalidEventException("no trusted source is configured for topic " + topic);
        }
        if (!expected.contains(event.source())) {
            throw new InvalidEventException("ce_source '" + event.source() + "' is not a trusted producer of " + topic
                    + " " + expected);
        }
        String key = event.expectedKey();
        if (key == null || !Objects.equals(key, event.key())) {
            throw new InvalidEventException("record key '" + event.key() + "' does not match the payload's programme "
                    + "or entity id '" + key + "'");
        }
    }
}
