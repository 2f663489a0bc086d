-- Signed webhooks (Standard Webhooks): an integrator's subscriptions, the events the capabilities record in
-- the transaction of their change (the transactional outbox), and one delivery per event and subscription,
-- which every instance's dispatcher claims with row locks (FOR UPDATE SKIP LOCKED).
CREATE TABLE webhook_subscriptions (
    id                     uuid PRIMARY KEY,
    -- the integrator client (OAuth client_id) that owns it: nobody else sees it
    owner_client_id        text NOT NULL,
    url                    text NOT NULL CHECK (length(url) <= 2000),
    description            text CHECK (length(description) <= 200),
    event_types            text[] NOT NULL CHECK (cardinality(event_types) > 0),
    status                 text NOT NULL CHECK (status IN ('enabled', 'disabled')),
    -- why it is disabled: its owner, or five days of failed deliveries
    disabled_reason        text CHECK (disabled_reason IN ('owner', 'failing')),
    disabled_at            timestamptz,
    -- the first failed attempt since the last success; cleared by a success
    failing_since          timestamptz,
    -- the signing secret (whsec_…), AES-GCM encrypted: it must be read to sign
    secret_cipher          text NOT NULL,
    -- the secret a rotation replaced, still signing alongside until previous_secret_until
    previous_secret_cipher text,
    previous_secret_until  timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL DEFAULT 0,
    CHECK ((status = 'disabled') = (disabled_reason IS NOT NULL)),
    CHECK ((previous_secret_cipher IS NULL) = (previous_secret_until IS NULL))
);

-- the owner's list; the fan-out of an event to the enabled subscriptions of its type
CREATE INDEX webhook_subscriptions_by_owner ON webhook_subscriptions (owner_client_id, id);
CREATE INDEX webhook_subscriptions_by_event_type ON webhook_subscriptions USING gin (event_types)
    WHERE status = 'enabled';

-- An event as it is sent: the body is kept as the exact text that is signed.
CREATE TABLE webhook_events (
    id          uuid PRIMARY KEY,
    type        text NOT NULL,
    occurred_at timestamptz NOT NULL,
    body        text NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                 uuid PRIMARY KEY,
    -- the order of the events for one subscription: deliveries go out in it
    seq                bigint GENERATED ALWAYS AS IDENTITY,
    subscription_id    uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id           uuid NOT NULL REFERENCES webhook_events (id),
    status             text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts           integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at    timestamptz,
    last_attempt_at    timestamptz,
    last_response_code integer,
    last_error         text,
    delivered_at       timestamptz,
    created_at         timestamptz NOT NULL,
    version            bigint NOT NULL DEFAULT 0,
    UNIQUE (subscription_id, event_id),
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);

-- the dispatcher's work: the head of each subscription's pending deliveries
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (subscription_id, seq) WHERE status = 'pending';
-- the owner's delivery log, newest first, and its status filter
CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, id);
CREATE INDEX webhook_deliveries_by_status ON webhook_deliveries (subscription_id, status, id);
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (event_id);
