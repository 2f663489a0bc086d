-- An activity's cover image: a JPEG or PNG its officer uploaded (attachments owned by an officer),
-- shown to anyone once the activity is published.
ALTER TABLE activities ADD COLUMN cover_attachment_id uuid REFERENCES attachments (id);
