package org.shanhai.common.readmodel;

/**
 * The consumer was interrupted (the service is stopping) while an event waited for the database.
 * Not the event's fault: {@link DeadLetterOrStop} stops the channel without dead-lettering the
 * record or committing its offset, so the next start applies it.
 */
public class ConsumerStopping extends RuntimeException {

    public ConsumerStopping(String message, Throwable cause) {
        super(message, cause);
    }
}
