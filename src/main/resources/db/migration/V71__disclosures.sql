-- 会务公开 (issue 16): documents a street or district union publishes, each a row with its versions
-- (a correction is a new version; the old ones stay readable) and the files of each version.

-- officers upload the files of their documents: an attachment is a member's or an officer's
ALTER TABLE attachments ALTER COLUMN owner_member_id DROP NOT NULL;
ALTER TABLE attachments ADD COLUMN owner_officer_id uuid REFERENCES officers (id);
ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
    CHECK ((owner_member_id IS NULL) <> (owner_officer_id IS NULL));
CREATE INDEX attachments_by_officer ON attachments (owner_officer_id, id) WHERE owner_officer_id IS NOT NULL;

CREATE TABLE disclosures (
    id                uuid PRIMARY KEY,
    kind              text NOT NULL CHECK (kind IN ('work_plan', 'work_report', 'fund_budget', 'fund_final_accounts',
                                                    'audit_report', 'democratic_review', 'notice')),
    street_id         uuid REFERENCES streets (id),
    district_id       uuid REFERENCES districts (id),
    year              smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period            text,
    status            text NOT NULL CHECK (status IN ('draft', 'published', 'withdrawn')),
    current_version   integer NOT NULL CHECK (current_version > 0),
    created_by        uuid REFERENCES officers (id),
    created_at        timestamptz NOT NULL,
    published_at      timestamptz,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL DEFAULT 0,
    CHECK ((street_id IS NULL) <> (district_id IS NULL)),
    CHECK (status = 'draft' OR published_at IS NOT NULL OR status = 'withdrawn')
);

-- the public list: published only, newest first, each filter a range of its own
CREATE INDEX disclosures_published ON disclosures (published_at, id) WHERE status = 'published';
CREATE INDEX disclosures_published_by_kind ON disclosures (kind, published_at, id) WHERE status = 'published';
CREATE INDEX disclosures_published_by_year ON disclosures (year, published_at, id) WHERE status = 'published';
CREATE INDEX disclosures_published_by_street ON disclosures (street_id, published_at, id) WHERE status = 'published';
CREATE INDEX disclosures_published_by_district ON disclosures (district_id, published_at, id) WHERE status = 'published';

CREATE TABLE disclosure_versions (
    disclosure_id uuid NOT NULL REFERENCES disclosures (id),
    version       integer NOT NULL CHECK (version > 0),
    title         text NOT NULL,
    body          text NOT NULL,
    -- fund documents: the totals in yuan, income − expenditure = balance
    income        numeric(14, 2),
    expenditure   numeric(14, 2),
    balance       numeric(14, 2),
    -- democratic review results, counted and suppressed when published
    review_results jsonb,
    change_note   text,
    created_by    uuid REFERENCES officers (id),
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (disclosure_id, version),
    CHECK ((income IS NULL) = (expenditure IS NULL) AND (income IS NULL) = (balance IS NULL)),
    CHECK (income IS NULL OR income - expenditure = balance),
    CHECK (version = 1 OR change_note IS NOT NULL)
);

CREATE TABLE disclosure_attachments (
    disclosure_id uuid NOT NULL,
    version       integer NOT NULL,
    attachment_id uuid NOT NULL REFERENCES attachments (id),
    position      smallint NOT NULL,
    PRIMARY KEY (disclosure_id, version, attachment_id),
    FOREIGN KEY (disclosure_id, version) REFERENCES disclosure_versions (disclosure_id, version)
);

CREATE INDEX disclosure_attachments_by_attachment ON disclosure_attachments (attachment_id);
