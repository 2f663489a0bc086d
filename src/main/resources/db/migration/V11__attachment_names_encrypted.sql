-- File names are personal data too (people name scans after themselves): stored encrypted from now
-- on. Names written before stay readable until the key-rotation job moves them into the cipher
-- column (expand now, contract later, no downtime).
ALTER TABLE attachments ADD COLUMN filename_cipher text;
ALTER TABLE attachments ALTER COLUMN filename DROP NOT NULL;
ALTER TABLE attachments ADD CONSTRAINT attachments_named CHECK (filename IS NOT NULL OR filename_cipher IS NOT NULL);
