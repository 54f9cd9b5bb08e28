package org.shanhai.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shanhai.common.events.CloudEvents;

/**
 * Publishes pending outbox rows to Kafka as binary-mode CloudEvents, oldest first, and marks
 * them sent once the broker acknowledged them. Woken right after each commit that wrote a row,
 * and by a poll, so that rows left behind (broker down, crash, another replica's wake-up) flow
 * as soon as they can. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}: two replicas never
 * publish the same row at the same time, and a transaction-scoped advisory lock lets one replica
 * relay at a time, so a key's events never overtake each other across replicas. A crash after
 * the ack but before the commit publishes a row again; consumers drop the duplicate by its
 * {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** At most this many rows of one key per poll (a key's rows go one round each anyway). */
    private static final int PER_KEY = 20;
    /** Advisory lock id of the relay (any constant; each service has its own database). */
    private static final long RELAY_LOCK = 0x5348_4f55_5442_4f58L;

    @Inject
    EntityManager em;

    @Inject
    EventProducer producer;

    @ConfigProperty(name = "shanhai.events.source")
    String source;

    /**
     * Rows claimed per poll, 1 to 10,000 (a value outside is taken as the nearer bound). A backlog of
     * many keys drains at about 5,800 events/s with 200, 13,000 with 1,000 and 20,000 with 5,000
     * (bench/run outbox, bench/README.md): each poll ranks the backlog and waits for its acknowledgements
     * before its commit, so fewer, larger polls go faster. But
     * rows sent and not acknowledged within {@code max-lock-time} (3 s) are published again by the next
     * poll: at 1,000 that takes a broker acknowledging fewer than about 330 events/s, at 5,000 fewer than
     * about 1,700. Hence 1,000.
     */
    @ConfigProperty(name = "shanhai.outbox.batch-size", defaultValue = "1000")
    int batchSize;

    /** How long one poll may hold its row locks while it waits for the broker. */
    @ConfigProperty(name = "shanhai.outbox.max-lock-time", defaultValue = "PT3S")
    java.time.Duration maxLockTime;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wake();
    }

    @Scheduled(every = "${shanhai.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks for a drain; wake-ups that arrive while one is queued are folded into it. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    queued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    /** Publishes until nothing is pending or a row could not be sent; returns how many were sent. */
    public int drain() {
        try {
            return untilNoneSent(() -> stopping ? 0 : QuarkusTransaction.requiringNew().call(this::publishBatch));
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s (pending events stay and are retried)", e.getMessage());
            return 0;
        }
    }

    /**
     * Runs polls until one sends nothing. A poll holds at most {@link #PER_KEY} rows of a key, so a short
     * poll is not the end: one hospital's import of thousands of values is one key.
     */
    static int untilNoneSent(java.util.function.IntSupplier poll) {
        int total = 0;
        int sent;
        do {
            sent = poll.getAsInt();
            total += sent;
        } while (sent > 0);
        return total;
    }

    /**
     * One poll: claims up to {@code shanhai.outbox.batch-size} pending rows, sends them key by key in order
     * ({@link KeyOrderedSend}) within {@code shanhai.outbox.max-lock-time}, and marks sent exactly
     * the rows the broker acknowledged, in the same transaction, even when others failed.
     */
    @SuppressWarnings("unchecked")
    int publishBatch() {
        boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!mine) {
            return 0; // another replica is relaying; the next wake-up or poll tries again
        }
        // the oldest pending rows, at most PER_KEY of one key: a key held back by a row the broker
        // refuses cannot fill every poll and starve the other keys. The whole backlog is ranked (a
        // window of the oldest rows let one big import's key shut the others out); the few chosen rows
        // are then fetched by primary key, as one array: planned on stale statistics (right after a bulk
        // import; an outbox analysed while empty is estimated at one row however large it has grown), a
        // join with them, "id IN (subquery)" before, became a scan of the whole table per row: a minute a poll
        List<OutboxEvent> rows = em.createNativeQuery(
                        "WITH heads AS MATERIALIZED (SELECT id FROM (SELECT id, seq, row_number() OVER (PARTITION BY "
                                + "record_key ORDER BY seq) AS n FROM outbox_event WHERE sent_at IS NULL) ranked "
                                + "WHERE n <= :perKey ORDER BY seq LIMIT :n) SELECT o.* FROM outbox_event o "
                                + "WHERE o.id = ANY (ARRAY(SELECT id FROM heads)) ORDER BY o.seq FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter("perKey", PER_KEY)
                .setParameter("n", Math.max(1, Math.min(batchSize, 10_000)))
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        KeyOrderedSend.Result result = KeyOrderedSend.run(rows.stream().map(r -> r.key).toList(),
                i -> producer.send(toRecord(rows.get(i))), System.nanoTime() + maxLockTime.toNanos(), System::nanoTime);
        List<UUID> sent = result.acknowledged().stream().map(i -> rows.get(i).id).toList();
        if (!sent.isEmpty()) {
            em.createNativeQuery("UPDATE outbox_event SET sent_at = now() WHERE id IN (:ids)")
                    .setParameter("ids", sent)
                    .executeUpdate();
        }
        if (result.failure() != null) {
            LOG.warnf("outbox relay: %d of %d events sent; the rest wait: %s", sent.size(), rows.size(), result.failure());
        }
        return sent.size();
    }

    ProducerRecord<String, String> toRecord(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEvents.SPECVERSION, "1.0");
        header(headers, CloudEvents.ID, row.id.toString());
        header(headers, CloudEvents.TYPE, row.type);
        header(headers, CloudEvents.SOURCE, source);
        header(headers, CloudEvents.TIME, row.createdAt.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, CloudEvents.SUBJECT, row.subject);
        header(headers, CloudEvents.CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(row.topic, null, row.key, row.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Lets a poll under way finish, so that the rows the broker acknowledged are also marked sent: cut off
     * between the two (a rolling restart did it), the other replica would publish them again. No new poll
     * starts; a poll lasts at most {@code shanhai.outbox.max-lock-time}, well inside the graceful shutdown.
     */
    void stop(@Observes ShutdownEvent e) {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(maxLockTime.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
