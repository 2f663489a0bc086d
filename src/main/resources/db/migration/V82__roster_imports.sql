-- Roster imports (issue 17): street officers upload their existing members as an XLSX roster. Each
-- row becomes a member record without a WeChat account (so wechat_openid may now be empty) and a
-- membership in the officer's street in the new state 'imported', claimed when the worker signs in
-- and verifies the same ID number. A job keeps the uploaded file (encrypted, until it is done), a
-- cursor of the rows it has committed, its counters and the rejected rows.

ALTER TABLE members ALTER COLUMN wechat_openid DROP NOT NULL;

ALTER TABLE memberships DROP CONSTRAINT memberships_status_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_status_check CHECK (status IN ('imported', 'active', 'ended'));

-- the roster export: a street's memberships of one status, in member order (keyset)
CREATE INDEX memberships_by_street_status ON memberships (street_id, status, member_id);
CREATE INDEX memberships_by_status ON memberships (status, member_id);

CREATE TABLE roster_imports (
    id             uuid PRIMARY KEY,
    street_id      uuid NOT NULL REFERENCES streets (id),
    officer_id     uuid NOT NULL REFERENCES officers (id),
    content_hash   text NOT NULL,
    file_name      text,
    file_cipher    bytea,
    status         text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
    rows_total     integer NOT NULL,
    rows_processed integer NOT NULL DEFAULT 0,
    rows_created   integer NOT NULL DEFAULT 0,
    rows_updated   integer NOT NULL DEFAULT 0,
    rows_rejected  integer NOT NULL DEFAULT 0,
    claimed_by     text,
    lease_until    timestamptz,
    failure        text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    version        bigint NOT NULL DEFAULT 0,
    -- the same file imported again into the same street is the same job
    CONSTRAINT roster_imports_street_content UNIQUE (street_id, content_hash)
);

-- the workers look for jobs still to run, oldest first
CREATE INDEX roster_imports_to_run ON roster_imports (created_at, id) WHERE status IN ('queued', 'running');

CREATE TABLE roster_import_errors (
    import_id   uuid NOT NULL REFERENCES roster_imports (id) ON DELETE CASCADE,
    row_number  integer NOT NULL,
    column_name text NOT NULL,
    code        text NOT NULL,
    PRIMARY KEY (import_id, row_number, column_name)
);
