-- Instances keep the answer to "is this officer's or integrator's token still good?" for a short
-- while (identity.CurrentAccounts) instead of asking on every request. Whatever changes an account's
-- rights announces it on the channel every instance listens to (platform.database.ReferenceDataListener),
-- from the database itself, so no code path that writes these columns can forget to.
CREATE FUNCTION announce_officer_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gonghui_reference_data', 'account:officer:' || OLD.id::text);
    RETURN NULL;
END $$;

CREATE TRIGGER officers_announce_change
    AFTER UPDATE OF token_version, enabled, password_change_required OR DELETE ON officers
    FOR EACH ROW EXECUTE FUNCTION announce_officer_change();

CREATE FUNCTION announce_integrator_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gonghui_reference_data', 'account:integrator:' || OLD.client_id);
    RETURN NULL;
END $$;

CREATE TRIGGER integrator_clients_announce_change
    AFTER UPDATE OF enabled, client_id OR DELETE ON integrator_clients
    FOR EACH ROW EXECUTE FUNCTION announce_integrator_change();
