-- 民主评议 (issue 16): a district officer opens a round for a street union; the street's active
-- members answer once each; the results are published as a disclosure, suppressed below 5 answers.
CREATE TABLE democratic_reviews (
    id                    uuid PRIMARY KEY,
    street_id             uuid NOT NULL REFERENCES streets (id),
    title                 text NOT NULL,
    questions             jsonb NOT NULL,
    opens_at              timestamptz NOT NULL,
    closes_at             timestamptz NOT NULL,
    status                text NOT NULL CHECK (status IN ('open', 'results_published')),
    results_disclosure_id uuid REFERENCES disclosures (id),
    created_by            uuid REFERENCES officers (id),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK ((status = 'results_published') = (results_disclosure_id IS NOT NULL))
);

CREATE INDEX democratic_reviews_by_street ON democratic_reviews (street_id, id);

-- one answer per member and round (the primary key), its choices one row per question, counted by
-- one grouped query; never shown per member
CREATE TABLE democratic_review_answers (
    review_id   uuid NOT NULL REFERENCES democratic_reviews (id),
    member_id   uuid NOT NULL REFERENCES members (id),
    answered_at timestamptz NOT NULL,
    PRIMARY KEY (review_id, member_id)
);

CREATE INDEX democratic_review_answers_by_member ON democratic_review_answers (member_id);

CREATE TABLE democratic_review_choices (
    review_id uuid NOT NULL,
    member_id uuid NOT NULL,
    question  smallint NOT NULL,
    choice    text NOT NULL CHECK (choice IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
    PRIMARY KEY (review_id, member_id, question),
    FOREIGN KEY (review_id, member_id) REFERENCES democratic_review_answers (review_id, member_id) ON DELETE CASCADE
);
