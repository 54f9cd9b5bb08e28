-- Idempotency-Key of creating POSTs (rest.IdempotencyKeys): the first response to a key, replayed to
-- a retry of the same request for 24 hours. status is null while the first request is in flight.
CREATE TABLE idempotency_key (
    scope        text        NOT NULL,   -- token subject, method and path
    key          text        NOT NULL,
    request_hash text        NOT NULL,   -- SHA-256 of the query string and the request body
    claim_id     uuid        NOT NULL,   -- the request holding the key: only it records or releases it
    claimed_at   timestamptz NOT NULL DEFAULT now(),
    status       integer,
    content_type text,
    location     text,
    etag         text,
    body         text,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_claimed_at ON idempotency_key (claimed_at);
