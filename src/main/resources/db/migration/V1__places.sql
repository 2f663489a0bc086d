-- Where the offline step happens: the organisation tree down to streets, and the stations.

CREATE TABLE districts (
    id   uuid PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name text NOT NULL
);

CREATE TABLE streets (
    id            uuid PRIMARY KEY,
    district_id   uuid NOT NULL REFERENCES districts (id),
    code          text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name          text NOT NULL,
    display_order integer NOT NULL,
    CONSTRAINT streets_order_unique UNIQUE (district_id, display_order)
);

CREATE TABLE facilities (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh       text NOT NULL,
    name_en       text NOT NULL,
    display_order integer NOT NULL UNIQUE
);

CREATE TABLE stations (
    id             uuid PRIMARY KEY,
    street_id      uuid NOT NULL REFERENCES streets (id),
    name           text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('union_service_station', 'outdoor_workers_station', 'bank_branch')),
    address        text NOT NULL,
    latitude       double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    floor_area_sqm numeric(8, 1) CHECK (floor_area_sqm > 0),
    opened_on      date,
    phone          text,
    description    text,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- list filters: by street (keyset on id), by bounding box around a point
CREATE INDEX stations_by_street ON stations (street_id, id);
CREATE INDEX stations_by_location ON stations (latitude, longitude);

CREATE TABLE station_facilities (
    station_id    uuid NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    facility_code text NOT NULL REFERENCES facilities (code),
    PRIMARY KEY (station_id, facility_code)
);

-- list filter: stations having a facility
CREATE INDEX station_facilities_by_facility ON station_facilities (facility_code, station_id);

-- Weekly opening hours in Beijing time; a day may have several periods.
CREATE TABLE station_opening_hours (
    station_id  uuid NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens       time NOT NULL,
    closes      time NOT NULL,
    CHECK (opens < closes),
    PRIMARY KEY (station_id, day_of_week, opens)
);
