-- The officers' list of 会务公开 (issue 16): every status, the newest first, within the caller's unions
-- (street or district) and filtered by status, kind and year; each a range of its own.
CREATE INDEX disclosures_by_created ON disclosures (created_at, id);
CREATE INDEX disclosures_by_street_created ON disclosures (street_id, created_at, id) WHERE street_id IS NOT NULL;
CREATE INDEX disclosures_by_district_created ON disclosures (district_id, created_at, id) WHERE district_id IS NOT NULL;
CREATE INDEX disclosures_by_status_created ON disclosures (status, created_at, id);
CREATE INDEX disclosures_by_kind_created ON disclosures (kind, created_at, id);
CREATE INDEX disclosures_by_year_created ON disclosures (year, created_at, id);
