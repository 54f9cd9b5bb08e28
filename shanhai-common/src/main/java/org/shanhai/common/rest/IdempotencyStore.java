package org.shanhai.common.rest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The keys of {@link IdempotencyKeys} in the service's own database (table {@code idempotency_key}).
 * Each statement is its own transaction, apart from the request's: the key must be visible to a
 * concurrent request with the same key before the first request's work commits.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    /** How long a key and its answer are remembered. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** A key taken this long ago without an answer belongs to a request whose process died. */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    /** The first answer to a key. */
    public record Stored(int status, String contentType, String location, String etag, String body) {
    }

    /** What {@link #claim} found. */
    public sealed interface Claim {
        /** The key is this request's (this claim's id): it runs, and its answer is recorded. */
        record Taken(String scope, String key, java.util.UUID claimId) implements Claim {
        }

        /** The key was used with another body. */
        record OtherRequest() implements Claim {
        }

        /** The first request with this key has its answer. */
        record Answered(Stored stored) implements Claim {
        }

        /** The first request with this key is still running. */
        record InFlight() implements Claim {
        }
    }

    @Inject
    DataSource dataSource;

    /**
     * Takes the key for this request, or says why not. A key older than the retention, or abandoned
     * without an answer, is taken over in the same statement.
     */
    public Claim claim(String scope, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO idempotency_key (scope, key, request_hash, claim_id, claimed_at) VALUES (?, ?, ?, ?, now())
                    ON CONFLICT (scope, key) DO UPDATE
                        SET request_hash = EXCLUDED.request_hash, claim_id = EXCLUDED.claim_id, claimed_at = now(), status = NULL,
                            content_type = NULL, location = NULL, etag = NULL, body = NULL
                        WHERE idempotency_key.claimed_at < now() - make_interval(secs => ?)
                           OR (idempotency_key.status IS NULL AND idempotency_key.claimed_at < now() - make_interval(secs => ?))
                    """)) {
                insert.setString(1, scope);
                insert.setString(2, key);
                java.util.UUID claimId = java.util.UUID.randomUUID();
                insert.setString(3, requestHash);
                insert.setObject(4, claimId);
                insert.setLong(5, RETENTION.toSeconds());
                insert.setLong(6, ABANDONED.toSeconds());
                if (insert.executeUpdate() == 1) {
                    return new Claim.Taken(scope, key, claimId);
                }
            }
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT request_hash, status, content_type, location, etag, body FROM idempotency_key
                    WHERE scope = ? AND key = ?""")) {
                select.setString(1, scope);
                select.setString(2, key);
                try (ResultSet r = select.executeQuery()) {
                    if (!r.next()) {
                        return new Claim.InFlight(); // released in between: the next attempt takes it
                    }
                    if (!r.getString(1).equals(requestHash)) {
                        return new Claim.OtherRequest();
                    }
                    int status = r.getInt(2);
                    if (r.wasNull()) {
                        return new Claim.InFlight();
                    }
                    return new Claim.Answered(new Stored(status, r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key: " + e.getMessage(), e);
        }
    }

    public void answer(Claim.Taken taken, Stored stored) {
        update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                WHERE scope = ? AND key = ? AND claim_id = ?""", taken, stored);
    }

    /** The request failed: its key is free again (unless another request has taken it over since). */
    public void release(Claim.Taken taken) {
        update("DELETE FROM idempotency_key WHERE scope = ? AND key = ? AND claim_id = ? AND status IS NULL", taken, null);
    }

    private void update(String sql, Claim.Taken taken, Stored stored) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            int i = 1;
            if (stored != null) {
                s.setInt(i++, stored.status());
                s.setString(i++, stored.contentType());
                s.setString(i++, stored.location());
                s.setString(i++, stored.etag());
                s.setString(i++, stored.body());
            }
            s.setString(i++, taken.scope());
            s.setString(i++, taken.key());
            s.setObject(i, taken.claimId());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key: " + e.getMessage(), e);
        }
    }

    /** Keys older than the retention go every hour; one replica's delete is as good as another's. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM idempotency_key WHERE claimed_at < now() - make_interval(secs => ?)")) {
            c.setAutoCommit(true);
            s.setLong(1, RETENTION.toSeconds());
            int n = s.executeUpdate();
            if (n > 0) {
                LOG.debugf("forgot %d idempotency keys older than %s", n, RETENTION);
            }
        } catch (SQLException e) {
            LOG.warnf("idempotency keys: %s (tried again in an hour)", e.getMessage());
        }
    }
}
