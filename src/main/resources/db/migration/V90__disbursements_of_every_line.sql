-- Disbursements become their own capability, below the lines that pay (hardship, mutual aid): a payment
-- belongs to its line's record (a hardship file, a mutual-aid claim), no longer to a hardship file only.
--
-- Expand only, so the previous release, still running beside this one during a rolling update, keeps
-- reading and writing: file_id stays (now optional, a mutual-aid payment has no hardship file) and the
-- new source_id is kept equal to it for hardship payments by a trigger, whichever release wrote the row.
-- The release after this one may drop file_id and the trigger.
ALTER TABLE disbursements ALTER COLUMN file_id DROP NOT NULL;
ALTER TABLE disbursements ADD COLUMN source_id uuid;
UPDATE disbursements SET source_id = file_id;

CREATE FUNCTION disbursements_source_and_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source_id IS NULL THEN
        NEW.source_id := NEW.file_id;          -- written by the previous release
    END IF;
    IF NEW.file_id IS NULL AND NEW.programme LIKE 'hardship.%' THEN
        NEW.file_id := NEW.source_id;          -- written by this one: the previous release finds it
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER disbursements_source_and_file BEFORE INSERT OR UPDATE ON disbursements
    FOR EACH ROW EXECUTE FUNCTION disbursements_source_and_file();
-- also when rows arrive by logical replication (a restore, a migration to another cluster)
ALTER TABLE disbursements ENABLE ALWAYS TRIGGER disbursements_source_and_file;

ALTER TABLE disbursements ALTER COLUMN source_id SET NOT NULL;
CREATE UNIQUE INDEX disbursements_source_programme_period_beneficiary
    ON disbursements (source_id, programme, period, beneficiary);

ALTER TABLE disbursements DROP CONSTRAINT disbursements_programme_check;
ALTER TABLE disbursements ADD CONSTRAINT disbursements_programme_check
    CHECK (programme IN ('hardship.living-subsidy', 'hardship.education-aid', 'hardship.medical-aid', 'mutual-aid.claim'));
-- mutual aid pays to the member's active card; the erasure forgets it with the payee
ALTER TABLE disbursements ADD COLUMN payee_card_id uuid REFERENCES member_cards (id);
