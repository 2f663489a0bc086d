-- The audit trail (PIPL, GB/T 35273): who did what to which object, when, from where, under which
-- request. Append-only: the table refuses updates, truncation and deletes of anything younger than
-- six months, whoever asks; the application inserts, and its retention job removes the oldest.

CREATE TABLE audit_events (
    id          uuid PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_kind  text NOT NULL CHECK (actor_kind IN ('member', 'officer', 'integrator', 'anonymous', 'system')),
    actor_id    text,
    actor_role  text,
    action      text NOT NULL,
    object_type text,
    object_id   text,
    outcome     text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    ip          text,
    request_id  text,
    details     jsonb
);

CREATE INDEX audit_events_by_time ON audit_events (at DESC, id DESC);
CREATE INDEX audit_events_by_actor ON audit_events (actor_id, at DESC);
CREATE INDEX audit_events_by_object ON audit_events (object_type, object_id, at DESC);
CREATE INDEX audit_events_by_action ON audit_events (action, at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'audit events cannot be changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.at > now() - interval '6 months' THEN
        RAISE EXCEPTION 'audit events are kept at least six months' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- TRUNCATE bypasses row triggers: refuse it too
CREATE FUNCTION audit_events_no_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events cannot be truncated' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate();

-- In a deployment the service connects as its own role: it may add and read events, and delete
-- only what the trigger lets through (older than six months, for the retention job).
DO $$
BEGIN
    IF current_user <> 'postgres' THEN
        EXECUTE format('REVOKE UPDATE, TRUNCATE ON audit_events FROM %I', current_user);
    END IF;
END;
$$;
