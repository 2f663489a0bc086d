-- Statistics (issue 16): the public service evaluation and the officers' statistics are grouped
-- queries; these indexes serve their ranges within the caller's streets.
CREATE INDEX applications_by_street_submitted ON applications (street_id, submitted_at);
CREATE INDEX applications_by_submitted ON applications (submitted_at);
CREATE INDEX evaluations_by_time ON evaluations (created_at);
CREATE INDEX membership_history_by_street_time ON membership_history (street_id, at);
CREATE INDEX membership_history_by_time ON membership_history (at);

-- The published evaluation figures of a closed month never change: the first request that needs a
-- closed month writes its figures here, once (the month's row is claimed with ON CONFLICT DO
-- NOTHING, so instances asking at once wait for the first and then read its figures), and every
-- later request reads them. Open months are computed from the ratings at each request.
CREATE TABLE evaluation_months (
    month    date PRIMARY KEY CHECK (extract(day FROM month) = 1),
    fixed_at timestamptz NOT NULL
);

CREATE TABLE evaluation_figures (
    month                date NOT NULL REFERENCES evaluation_months (month),
    street_id            uuid NOT NULL REFERENCES streets (id),
    -- no foreign key: the figures are a record of the month, kept even if a station goes
    station_id           uuid,
    service_code         text NOT NULL,
    ratings              integer NOT NULL CHECK (ratings > 0),
    rating_sum           integer NOT NULL,
    satisfied            integer NOT NULL,
    on_time              integer NOT NULL,
    median_handling_days numeric NOT NULL
);

CREATE INDEX evaluation_figures_by_month ON evaluation_figures (month, street_id);
