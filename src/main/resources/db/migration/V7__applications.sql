-- The one lifecycle engine every request line runs on: applications, their history, internal
-- notes, attachments, the offline appointment, the evaluation, and the member's inbox and the
-- notification outbox written in the same transaction as each status change.

ALTER TABLE districts ADD COLUMN number_prefix text;
UPDATE districts SET number_prefix = 'XC' WHERE code = 'xicheng';
ALTER TABLE districts ALTER COLUMN number_prefix SET NOT NULL;
ALTER TABLE districts ADD CONSTRAINT districts_number_prefix CHECK (number_prefix ~ '^[A-Z]{2,4}$');

-- per-key counters for human numbers (XC20261122-00042, member numbers)
CREATE TABLE number_sequences (
    name text PRIMARY KEY,
    last bigint NOT NULL
);

CREATE TABLE attachments (
    id              uuid PRIMARY KEY,
    owner_member_id uuid NOT NULL REFERENCES members (id),
    filename        text NOT NULL,
    content_type    text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
    sha256          text NOT NULL,
    storage_key     text NOT NULL UNIQUE,
    -- the file's own AES key, encrypted with the current privacy key (a key rotation re-wraps it)
    wrapped_key     text NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX attachments_by_owner ON attachments (owner_member_id, id);

CREATE TABLE applications (
    id               uuid PRIMARY KEY,
    number           text NOT NULL UNIQUE,
    service_code     text NOT NULL REFERENCES services (code),
    form_version     integer NOT NULL,
    member_id        uuid NOT NULL REFERENCES members (id),
    street_id        uuid NOT NULL REFERENCES streets (id),
    status           text NOT NULL CHECK (status IN ('submitted', 'accepted', 'needs_info', 'awaiting_appointment',
                                                     'in_review', 'escalated', 'approved', 'rejected', 'completed',
                                                     'withdrawn')),
    form             jsonb NOT NULL,
    form_sensitive   text,
    result           jsonb,
    submitted_at     timestamptz NOT NULL,
    expected_by      date NOT NULL,
    assignee_id      uuid REFERENCES officers (id),
    station_id       uuid REFERENCES stations (id),
    -- the service code while the application is open and its line allows one open per member
    open_key         text,
    closed_at        timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL
);

-- one open application per member and line where the line says so (e.g. one join at a time)
CREATE UNIQUE INDEX applications_one_open ON applications (member_id, open_key) WHERE open_key IS NOT NULL;
-- the officer queue's filters, each keyset-paged on id
CREATE INDEX applications_by_street ON applications (street_id, status, id);
CREATE INDEX applications_by_service ON applications (service_code, status, id);
CREATE INDEX applications_by_assignee ON applications (assignee_id, id) WHERE assignee_id IS NOT NULL;
CREATE INDEX applications_open_by_deadline ON applications (expected_by, id) WHERE closed_at IS NULL;
CREATE INDEX applications_by_member ON applications (member_id, id);
CREATE INDEX applications_by_update ON applications (updated_at, id);
CREATE INDEX members_by_real_name ON members (real_name);

CREATE TABLE application_attachments (
    application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    attachment_id  uuid NOT NULL REFERENCES attachments (id),
    PRIMARY KEY (application_id, attachment_id)
);

CREATE INDEX application_attachments_by_attachment ON application_attachments (attachment_id);

-- every change: who (kind, role, id), what, from which status to which, why
CREATE TABLE application_events (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    at             timestamptz NOT NULL,
    actor_kind     text NOT NULL CHECK (actor_kind IN ('member', 'officer', 'system')),
    actor_role     text NOT NULL,
    actor_id       text,
    action         text NOT NULL,
    from_status    text,
    to_status      text NOT NULL,
    reason         text,
    details        jsonb
);

CREATE INDEX application_events_by_application ON application_events (application_id, at, id);

-- officers' notes, never shown to the applicant
CREATE TABLE application_notes (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    officer_id     uuid NOT NULL REFERENCES officers (id),
    text           text NOT NULL,
    created_at     timestamptz NOT NULL
);

CREATE INDEX application_notes_by_application ON application_notes (application_id, id);

-- the offline step (FHIR Appointment states)
CREATE TABLE appointments (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    station_id     uuid NOT NULL REFERENCES stations (id),
    status         text NOT NULL CHECK (status IN ('proposed', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow')),
    slot_id        text,
    starts_at      timestamptz,
    ends_at        timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (status IN ('proposed', 'cancelled') OR starts_at IS NOT NULL)
);

-- at most one live appointment per application
CREATE UNIQUE INDEX appointments_one_live ON appointments (application_id)
    WHERE status IN ('proposed', 'booked', 'arrived');
CREATE INDEX appointments_by_station ON appointments (station_id, starts_at);

-- 办事评价: once per application, kept per station, street and officer for the published ratings
CREATE TABLE evaluations (
    application_id uuid PRIMARY KEY REFERENCES applications (id),
    member_id      uuid NOT NULL REFERENCES members (id),
    rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        text,
    street_id      uuid NOT NULL REFERENCES streets (id),
    station_id     uuid REFERENCES stations (id),
    officer_id     uuid REFERENCES officers (id),
    created_at     timestamptz NOT NULL
);

CREATE INDEX evaluations_by_street ON evaluations (street_id);
CREATE INDEX evaluations_by_station ON evaluations (station_id) WHERE station_id IS NOT NULL;
CREATE INDEX evaluations_by_officer ON evaluations (officer_id) WHERE officer_id IS NOT NULL;

-- the member's inbox in the mini-program
CREATE TABLE member_messages (
    id             uuid PRIMARY KEY,
    member_id      uuid NOT NULL REFERENCES members (id),
    application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
    event          text NOT NULL,
    title          text NOT NULL,
    body           text NOT NULL,
    created_at     timestamptz NOT NULL,
    read_at        timestamptz
);

CREATE INDEX member_messages_by_member ON member_messages (member_id, id);
CREATE INDEX member_messages_unread ON member_messages (member_id) WHERE read_at IS NULL;

-- WeChat subscribe messages to deliver; workers of any instance take rows with SKIP LOCKED
CREATE TABLE notification_outbox (
    id              uuid PRIMARY KEY,
    member_id       uuid NOT NULL REFERENCES members (id),
    event           text NOT NULL,
    template_id     text NOT NULL,
    page            text,
    payload         jsonb NOT NULL,
    status          text NOT NULL CHECK (status IN ('pending', 'sent', 'not_subscribed', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);

CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at, id) WHERE status = 'pending';
