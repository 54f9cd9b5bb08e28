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
    void dataErrorsAreNot() {
        assertFalse(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("too long", "22001"))));
        assertFalse(IdempotentConsumer.isTransient(new IllegalStateException("bug")));
        assertFalse(IdempotentConsumer.isTransient(new InvalidEventException("bad")));
    }
}
