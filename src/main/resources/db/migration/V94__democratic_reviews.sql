-- 民主评议 (issue 16): a district officer opens a review round for a street union; the street's active
-- members answer it once each while it is open; after it closes its results, counted by one grouped query
-- and withheld below five answers, are published as a 会务公开 document (kind democratic_review).
CREATE TABLE review_rounds (
    id            uuid PRIMARY KEY,
    street_id     uuid NOT NULL REFERENCES streets (id),
    title         text NOT NULL,
    opens_at      timestamptz NOT NULL,
    closes_at     timestamptz NOT NULL,
    status        text NOT NULL CHECK (status IN ('collecting', 'published')),
    disclosure_id uuid REFERENCES disclosures (id),
    created_by    uuid NOT NULL REFERENCES officers (id),
    created_at    timestamptz NOT NULL,
    published_at  timestamptz,
    version       bigint NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK ((status = 'published') = (disclosure_id IS NOT NULL)),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);

-- the officers' list (newest opening first) within their streets or all; the members' open rounds of a street
CREATE INDEX review_rounds_by_street ON review_rounds (street_id, opens_at, id);
CREATE INDEX review_rounds_by_opening ON review_rounds (opens_at, id);
CREATE INDEX review_rounds_collecting_by_street ON review_rounds (street_id, closes_at, id) WHERE status = 'collecting';

CREATE TABLE review_questions (
    round_id  uuid NOT NULL REFERENCES review_rounds (id),
    position  smallint NOT NULL CHECK (position >= 0),
    code      text NOT NULL,
    text      text NOT NULL,
    -- ratings run from 1 (least satisfied) to scale_max (most satisfied)
    scale_max smallint NOT NULL CHECK (scale_max BETWEEN 2 AND 10),
    PRIMARY KEY (round_id, position),
    UNIQUE (round_id, code)
);

-- An answer names its member only so that each member answers once (the unique index, whatever races);
-- no view shows an answer per member, and erasure empties member_id (NULLs are distinct) while the
-- ratings stay counted.
CREATE TABLE review_answers (
    id          uuid PRIMARY KEY,
    round_id    uuid NOT NULL REFERENCES review_rounds (id),
    member_id   uuid REFERENCES members (id),
    answered_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX review_answers_one_per_member ON review_answers (round_id, member_id);
CREATE INDEX review_answers_by_member ON review_answers (member_id) WHERE member_id IS NOT NULL;

CREATE TABLE review_ratings (
    answer_id uuid NOT NULL REFERENCES review_answers (id),
    position  smallint NOT NULL,
    rating    smallint NOT NULL CHECK (rating BETWEEN 1 AND 10),
    PRIMARY KEY (answer_id, position)
);
