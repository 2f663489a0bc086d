-- Union membership, the outcome of the membership lines: one per person, a number that never
-- changes, the union and street it belongs to, and its history (joined, transferred).

CREATE TABLE memberships (
    id            uuid PRIMARY KEY,
    member_id     uuid NOT NULL UNIQUE REFERENCES members (id),
    number        text NOT NULL UNIQUE,
    status        text NOT NULL CHECK (status IN ('active', 'ended')),
    union_name    text NOT NULL,
    street_id     uuid NOT NULL REFERENCES streets (id),
    employer_name text,
    credit_code   text,
    occupation    text,
    since         date NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0
);

CREATE INDEX memberships_by_street ON memberships (street_id, id);

CREATE TABLE membership_history (
    id             uuid PRIMARY KEY,
    membership_id  uuid NOT NULL REFERENCES memberships (id),
    at             timestamptz NOT NULL,
    event          text NOT NULL CHECK (event IN ('joined', 'transferred')),
    street_id      uuid NOT NULL REFERENCES streets (id),
    union_name     text NOT NULL,
    application_id uuid REFERENCES applications (id)
);

CREATE INDEX membership_history_by_membership ON membership_history (membership_id, at);
