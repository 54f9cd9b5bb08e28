package org.shanhai.common.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * How the relay sends one poll's rows: in rounds, each round the oldest unsent row of every key,
 * so a key's next event leaves only after the broker acknowledged the one before it. A key whose
 * row fails sends nothing more this poll (its later events must not overtake it); other keys go
 * on. Everything stops at the deadline, which bounds how long the relay holds its row locks.
 * Pure: the sending is passed in, so the rules are unit-tested without a broker.
 */
final class KeyOrderedSend {

    /** Which rows (by index) the broker acknowledged, and the first failure, if any. */
    record Result(List<Integer> acknowledged, String failure) {
    }

    private KeyOrderedSend() {
    }

    static Result run(List<String> keys, IntFunction<Future<?>> send, long deadlineNanos, LongSupplier nanoClock) {
        Map<String, Deque<Integer>> queues = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            queues.computeIfAbsent(keys.get(i), k -> new ArrayDeque<>()).add(i);
        }
        List<Integer> acked = new ArrayList<>();
        String failure = null;
        while (!queues.isEmpty()) {
            Map<String, Integer> heads = new LinkedHashMap<>();
            Map<String, Future<?>> inFlight = new LinkedHashMap<>();
            for (Map.Entry<String, Deque<Integer>> q : queues.entrySet()) {
                if (nanoClock.getAsLong() >= deadlineNanos) {
                    break; // a send may block (metadata, full buffer): no new one once the bound is reached
                }
                int row = q.getValue().peek();
                heads.put(q.getKey(), row);
                inFlight.put(q.getKey(), sendSafely(send, row));
            }
            for (Map.Entry<String, Future<?>> f : inFlight.entrySet()) {
                String key = f.getKey();
                long left = deadlineNanos - nanoClock.getAsLong();
                try {
                    f.getValue().get(Math.max(0, left), TimeUnit.NANOSECONDS);
                    acked.add(heads.get(key));
                    queues.get(key).poll();
                    if (queues.get(key).isEmpty()) {
                        queues.remove(key);
                    }
                } catch (TimeoutException e) {
                    failure = failure != null ? failure : "no acknowledgement before the relay's lock-time bound";
                    queues.remove(key);
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : describe(e.getCause());
                    queues.remove(key);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Result(acked, "interrupted");
                }
            }
            if (nanoClock.getAsLong() >= deadlineNanos && !queues.isEmpty()) {
                return new Result(acked, failure != null ? failure : "lock-time bound reached; the rest waits");
            }
        }
        return new Result(acked, failure);
    }

    private static Future<?> sendSafely(IntFunction<Future<?>> send, int row) {
        try {
            return send.apply(row);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root != null && root.getCause() != null) {
            root = root.getCause();
        }
        return root == null ? "unknown" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
