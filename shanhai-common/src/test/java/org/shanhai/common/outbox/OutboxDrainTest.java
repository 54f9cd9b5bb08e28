package org.shanhai.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

    @Test
    void shortPollsGoOnUntilOneSendsNothing() {
        // one key's 45 pending rows: polls of 20, 20 and 5 (each poll takes at most 20 of a key)
        Deque<Integer> polls = new ArrayDeque<>(List.of(20, 20, 5, 0, 99));
        assertEquals(45, OutboxRelay.untilNoneSent(polls::pop));
        assertEquals(List.of(99), List.copyOf(polls), "stops at the first poll that sends nothing");
    }

    @Test
    void nothingPendingIsOnePoll() {
        Deque<Integer> polls = new ArrayDeque<>(List.of(0, 7));
        assertEquals(0, OutboxRelay.untilNoneSent(polls::pop));
        assertEquals(1, polls.size());
    }
}
