-- Who calls the service: workers (members, by WeChat openid), union officers, integrators; and
-- the refresh-token families of their sessions. Personal data is stored encrypted (*_cipher,
-- AES-GCM with the key id in the value) with a keyed blind index (*_index) for equality lookups.

CREATE TABLE members (
    id               uuid PRIMARY KEY,
    wechat_openid    text NOT NULL UNIQUE,
    wechat_unionid   text,
    nickname         text,
    street_id        uuid REFERENCES streets (id),
    real_name        text,
    id_number_cipher text,
    id_number_index  text UNIQUE,
    phone_cipher     text,
    phone_index      text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 0
);

-- officers list the members of their streets (keyset on id) and look members up by phone
CREATE INDEX members_by_street ON members (street_id, id);
CREATE INDEX members_by_phone ON members (phone_index);

CREATE TABLE officers (
    id            uuid PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    roles         text[] NOT NULL CHECK (roles <@ ARRAY['officer', 'district_officer', 'auditor', 'admin']::text[]),
    district_id   uuid REFERENCES districts (id),
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0,
    CHECK (NOT ('district_officer' = ANY (roles)) OR district_id IS NOT NULL)
);

-- the streets a street officer works
CREATE TABLE officer_streets (
    officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    street_id  uuid NOT NULL REFERENCES streets (id),
    PRIMARY KEY (officer_id, street_id)
);

-- failed officer logins by user name, whether or not the account exists (no hint either way)
CREATE TABLE login_attempts (
    username     text PRIMARY KEY,
    failures     integer NOT NULL,
    locked_until timestamptz,
    last_failure timestamptz NOT NULL
);

CREATE TABLE integrator_clients (
    id          uuid PRIMARY KEY,
    client_id   text NOT NULL UNIQUE CHECK (client_id ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    name        text NOT NULL,
    secret_hash text NOT NULL,
    scopes      text[] NOT NULL
                CHECK (scopes <@ ARRAY['cards:issue', 'cards:verify', 'applications:read', 'webhooks:manage']::text[]),
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL
);

-- Refresh tokens are stored as SHA-256 hashes. Each login starts a family; every refresh uses up
-- its token and adds the next one to the family; a used token presented again revokes the family.
CREATE TABLE session_families (
    id           uuid PRIMARY KEY,
    subject_kind text NOT NULL CHECK (subject_kind IN ('member', 'officer')),
    subject_id   uuid NOT NULL,
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_why  text CHECK (revoked_why IN ('logout', 'reuse'))
);

CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    family_id  uuid NOT NULL REFERENCES session_families (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);
CREATE INDEX session_families_by_subject ON session_families (subject_kind, subject_id);
