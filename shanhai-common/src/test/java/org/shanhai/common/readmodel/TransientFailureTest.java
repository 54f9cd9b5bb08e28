package org.shanhai.common.readmodel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

    @Test
    void databaseOutagesAndDeadlocksAreRetried() {
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("shutdown", "57P01"))));
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertTrue(IdempotentConsumer.isTransient(new java.sql.SQLTransientConnectionException("pool")));
    }

    @Test
    void failoverConnectionLimitsAndTimeoutsAreRetried() {
        for (String state : new String[] {"25006", "53300", "57014", "55P03"}) {
            assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("x", state))), state);
        }
        // Agroal's pool gives no SQLSTATE, only words
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aStoppingConsumerIsNeitherDeadLetteredNorCommitted() {
        assertTrue(DeadLetterOrStop.stopping(new RuntimeException(new ConsumerStopping("stop", null))));
        assertFalse(DeadLetterOrStop.stopping(new InvalidEventException("bad")));
    }

    @Test
    void anInterruptedWaitEndsTheRetryLoop() {
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(ConsumerStopping.class, () -> IdempotentConsumer.sleep(10_000));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void dataErrorsAreNot() {
        assertFalse(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("too long", "22001"))));
        assertFalse(IdempotentConsumer.isTransient(new IllegalStateException("bug")));
        assertFalse(IdempotentConsumer.isTransient(new InvalidEventException("bad")));
    }
}
