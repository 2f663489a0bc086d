-- Integrator clients administered through the API (issue 12): a rotated secret keeps working until
-- previous_secret_until, so an integrator can deploy the new one without a gap; only the secret
-- just replaced is kept (as a hash), and a second rotation ends it at once.
ALTER TABLE integrator_clients
    ADD COLUMN previous_secret_hash text,
    ADD COLUMN previous_secret_until timestamptz,
    ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT integrator_clients_previous_secret
        CHECK ((previous_secret_hash IS NULL) = (previous_secret_until IS NULL));
