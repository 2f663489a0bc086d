-- Officers' uploads nothing uses are purged after a while (issue 16): the purge reads them by age and
-- asks each user whether it names them; an activity's cover is looked up by attachment here.
CREATE INDEX attachments_officer_uploads_by_age ON attachments (created_at) WHERE owner_officer_id IS NOT NULL;
CREATE INDEX activities_by_cover ON activities (cover_attachment_id) WHERE cover_attachment_id IS NOT NULL;
