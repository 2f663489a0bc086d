-- Officer accounts run by the union itself (issue 12).
--
-- password_change_required: an initial password (set by an administrator, by a reset or by the
-- bootstrap) only lets its officer choose their own; it signs nobody in.
-- token_version: every officer access token carries the version it was issued under; a change of
-- rights (disable, role, streets, district, password reset) moves it on, and a request whose token
-- names an older version is refused at once (a primary-key lookup per request).
ALTER TABLE officers
    ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
    ADD COLUMN token_version bigint NOT NULL DEFAULT 0;

-- one role per account: that is what the administration offers, and what every account has
ALTER TABLE officers ADD CONSTRAINT officers_one_role CHECK (cardinality(roles) = 1);

-- the officers' list filtered by street (officers of 德胜), and the district officer's reach
CREATE INDEX officer_streets_by_street ON officer_streets (street_id, officer_id);

-- a change of an officer's rights ends every session of theirs
ALTER TABLE session_families DROP CONSTRAINT session_families_revoked_why_check;
ALTER TABLE session_families ADD CONSTRAINT session_families_revoked_why_check
    CHECK (revoked_why IN ('logout', 'reuse', 'erased', 'account_changed'));
