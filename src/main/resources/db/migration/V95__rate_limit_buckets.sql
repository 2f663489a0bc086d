-- Token buckets of the rate limits (platform.ratelimit), one row per caller and route group, shared by every
-- instance. Bucket4j keeps its serialised state here and the time after which a full bucket may be dropped.
CREATE TABLE rate_limit_buckets (
    id         text PRIMARY KEY CHECK (length(id) <= 200),
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
