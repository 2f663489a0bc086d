-- An application's station is its appointment's: the column beside it was never written, and two
-- places for one fact let them disagree (the application said null while its appointment named one).
ALTER TABLE applications DROP COLUMN station_id;
