-- Idempotency-Key of creating requests: the first answer, kept for replay to retries.
CREATE TABLE idempotency_keys (
    caller            text NOT NULL,
    idempotency_key   text NOT NULL,
    fingerprint       text NOT NULL,
    response_status   integer,
    response_body     jsonb,
    response_location text,
    response_etag     text,
    created_at        timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
