-- The nightly purge of webhook deliveries that ended (delivered or given up) and of the events no
-- delivery names any more: both found by their age.
CREATE INDEX webhook_deliveries_ended_by_age ON webhook_deliveries (created_at) WHERE status <> 'pending';
CREATE INDEX webhook_events_by_age ON webhook_events (occurred_at);
