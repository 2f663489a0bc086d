-- Catalogue administration: a service can be switched off in one district (one that does not offer
-- it yet, or pauses it) while the others keep it; services.enabled switches it off everywhere. A
-- district without a row offers the service. Either refuses new applications only: filed ones go on.
CREATE TABLE service_district_settings (
    service_code text NOT NULL REFERENCES services (code),
    district_id  uuid NOT NULL REFERENCES districts (id),
    enabled      boolean NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (service_code, district_id)
);
