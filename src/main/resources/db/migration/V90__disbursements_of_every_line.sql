-- Disbursements become their own capability, below the lines that pay (hardship, mutual aid): a payment
-- belongs to its line's record (a hardship file, a mutual-aid claim), no longer to a hardship file only.
ALTER TABLE disbursements DROP CONSTRAINT disbursements_file_id_fkey;
ALTER TABLE disbursements RENAME COLUMN file_id TO source_id;
ALTER TABLE disbursements DROP CONSTRAINT disbursements_programme_check;
ALTER TABLE disbursements ADD CONSTRAINT disbursements_programme_check
    CHECK (programme IN ('hardship.living-subsidy', 'hardship.education-aid', 'hardship.medical-aid', 'mutual-aid.claim'));
-- mutual aid pays to the member's active card; the erasure forgets it with the payee
ALTER TABLE disbursements ADD COLUMN payee_card_id uuid REFERENCES member_cards (id);
