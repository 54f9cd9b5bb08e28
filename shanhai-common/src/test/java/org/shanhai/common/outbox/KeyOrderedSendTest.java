package org.shanhai.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyOrderedSendTest {

    /** Sends that succeed, except the rows named as failing (a failed future) or hanging (never completed). */
    static class Broker {
        final Set<Integer> failing;
        final Set<Integer> hanging;
        final List<Integer> sent = new ArrayList<>();

        Broker(Set<Integer> failing, Set<Integer> hanging) {
            this.failing = failing;
            this.hanging = hanging;
        }

        Future<?> send(int row) {
            sent.add(row);
            if (failing.contains(row)) {
                return CompletableFuture.failedFuture(new IllegalStateException("RecordTooLargeException"));
            }
            return hanging.contains(row) ? new CompletableFuture<>() : CompletableFuture.completedFuture(row);
        }
    }

    @Test
    void everyRowIsSentAndAcknowledgedWhenAllGoesWell() {
        Broker b = new Broker(Set.of(), Set.of());
        var r = KeyOrderedSend.run(List.of("a", "b", "a", "c", "a"), b::send, Long.MAX_VALUE, System::nanoTime);
        assertEquals(List.of(0, 1, 3, 2, 4), r.acknowledged());
        assertNull(r.failure());
    }

    @Test
    void aFailedRowKeepsTheRowsAcknowledgedBeforeAndAfterItOfOtherKeys() {
        // rows: 0 a, 1 b (fails), 2 a, 3 b, 4 c
        Broker b = new Broker(Set.of(1), Set.of());
        var r = KeyOrderedSend.run(List.of("a", "b", "a", "b", "c"), b::send, Long.MAX_VALUE, System::nanoTime);
        assertEquals(Set.of(0, 2, 4), Set.copyOf(r.acknowledged()));
        assertNotNull(r.failure());
        // b's later event was never sent: it must not overtake the one that failed
        assertEquals(false, b.sent.contains(3));
    }

    @Test
    void aKeysNextRowLeavesOnlyAfterTheOneBeforeWasAcknowledged() {
        // row 0 of key a never gets its acknowledgement before the deadline
        AtomicLong now = new AtomicLong(0);
        Broker b = new Broker(Set.of(), Set.of(0));
        var r = KeyOrderedSend.run(List.of("a", "a", "b"), row -> {
            now.addAndGet(10);
            return b.send(row);
        }, 100, now::get);
        assertEquals(List.of(2), r.acknowledged());
        assertEquals(false, b.sent.contains(1));
        assertNotNull(r.failure());
    }

    @Test
    void aSendThatThrowsIsAFailureOfItsKeyOnly() {
        var r = KeyOrderedSend.run(List.of("a", "b"), row -> {
            if (row == 0) {
                throw new IllegalStateException("buffer full");
            }
            return CompletableFuture.completedFuture(row);
        }, Long.MAX_VALUE, System::nanoTime);
        assertEquals(List.of(1), r.acknowledged());
        assertEquals("IllegalStateException: buffer full", r.failure());
    }

    @Test
    void noSendStartsAfterTheDeadline() {
        // each send blocks for 40 (a broker that is away: metadata waits), the bound is 100
        AtomicLong now = new AtomicLong(0);
        var r = KeyOrderedSend.run(List.of("a", "b", "c", "d", "e", "f"), row -> {
            now.addAndGet(40);
            return CompletableFuture.failedFuture(new IllegalStateException("TimeoutException: metadata"));
        }, 100, now::get);
        assertEquals(List.of(), r.acknowledged());
        assertEquals(120, now.get(), "three sends started before the bound, none after");
        assertNotNull(r.failure());
    }
}
