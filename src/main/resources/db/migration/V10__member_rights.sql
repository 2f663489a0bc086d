-- The member's rights over their personal data (PIPL, GB/T 35273): consent per purpose with its
-- whole history, the data exports they took (for the rate limit), and their requests to be erased.
-- The erasure keeps the member's row, emptied, for what must stay (applications for statistics,
-- the audit trail): members.erased_at marks it.

-- One row per consent given; withdrawing or renewing it ends the row and a new consent is a new
-- row, so the history shows what the member agreed to, to which policy version, and until when.
CREATE TABLE consents (
    id             uuid PRIMARY KEY,
    member_id      uuid NOT NULL REFERENCES members (id),
    purpose        text NOT NULL CHECK (purpose IN ('membership', 'legal-aid', 'hardship', 'card')),
    policy_version text NOT NULL CHECK (policy_version ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$'),
    granted_at     timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    -- why it ended: the member withdrew it, gave it again to a newer policy, or was erased
    ended_why      text CHECK (ended_why IN ('withdrawn', 'renewed', 'erased')),
    CHECK ((withdrawn_at IS NULL) = (ended_why IS NULL))
);

-- the consent in force per member and purpose (at most one): what every submission looks up
CREATE UNIQUE INDEX consents_in_force ON consents (member_id, purpose) WHERE withdrawn_at IS NULL;
-- a member's history, for the export
CREATE INDEX consents_by_member ON consents (member_id, granted_at, id);

-- Exports a member took: the latest one decides when the next is allowed, on every instance.
CREATE TABLE data_exports (
    id          uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES members (id),
    exported_at timestamptz NOT NULL
);

CREATE INDEX data_exports_by_member ON data_exports (member_id, exported_at DESC);

-- A request to be erased, answered by the erasure job before due_by (the promised deadline).
CREATE TABLE deletion_requests (
    id           uuid PRIMARY KEY,
    member_id    uuid NOT NULL REFERENCES members (id),
    requested_at timestamptz NOT NULL,
    due_by       timestamptz NOT NULL,
    status       text NOT NULL CHECK (status IN ('pending', 'completed')),
    completed_at timestamptz,
    CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
    CHECK (due_by >= requested_at)
);

-- one open request per member: asking twice finds the first
CREATE UNIQUE INDEX deletion_requests_one_open ON deletion_requests (member_id) WHERE status = 'pending';
-- the member's latest request
CREATE INDEX deletion_requests_by_member ON deletion_requests (member_id, requested_at DESC, id DESC);
-- the job's queue, nearest deadline first
CREATE INDEX deletion_requests_due ON deletion_requests (due_by, id) WHERE status = 'pending';

-- An erased member keeps an empty row: nothing in it names the person, and it cannot sign in.
ALTER TABLE members ADD COLUMN erased_at timestamptz;

-- The erasure ends every session of the member.
ALTER TABLE session_families DROP CONSTRAINT session_families_revoked_why_check;
ALTER TABLE session_families ADD CONSTRAINT session_families_revoked_why_check
    CHECK (revoked_why IN ('logout', 'reuse', 'erased'));

-- the erasure removes a member's pending WeChat messages
CREATE INDEX notification_outbox_by_member ON notification_outbox (member_id);
