package org.shanhai.common.readmodel;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The consumers' failure strategy ({@code failure-strategy=shanhai-dead-letter}): a record that
 * cannot be applied goes to the service's dead-letter topic, as SmallRye's own strategy does;
 * but a record whose wait for the database was cut short by shutdown ({@link ConsumerStopping})
 * is neither dead-lettered nor committed: the channel stops, and the next start applies it.
 */
@ApplicationScoped
@Identifier("shanhai-dead-letter")
public class DeadLetterOrStop implements KafkaFailureHandler.Factory {

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetters;

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.FAIL)
    KafkaFailureHandler.Factory stop;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler dlq = deadLetters.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler fail = stop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return stopping(reason) ? fail.handle(record, reason, metadata) : dlq.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                dlq.terminate();
                fail.terminate();
            }
        };
    }

    static boolean stopping(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof ConsumerStopping) {
                return true;
            }
        }
        return false;
    }
}
