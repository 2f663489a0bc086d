-- Appointments at stations. A station cuts its weekly opening hours (Beijing time) into slots of
-- one length, each with room for a few people; some days it is closed. A slot becomes a row only
-- when someone books it: the row counts the places taken, and its CHECK is the last guard that a
-- slot is never overbooked, whatever the code above it does.

ALTER TABLE stations
    ADD COLUMN slot_minutes  integer NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 10 AND 240),
    ADD COLUMN slot_capacity integer NOT NULL DEFAULT 2 CHECK (slot_capacity BETWEEN 1 AND 50);

-- Days a station is closed (holidays, training days); they belong to the station and go with it.
-- The primary key serves the lookups: a station's days from a date on, one day of a station.
CREATE TABLE station_closed_days (
    station_id uuid NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    day        date NOT NULL,
    reason     text NOT NULL,
    PRIMARY KEY (station_id, day)
);

-- Slots somebody booked. No cascade: a booked slot is the record of people's appointments, and a
-- station that has them cannot simply vanish. The primary key serves the one list filter, a
-- station's slots between two instants.
CREATE TABLE station_slots (
    station_id uuid NOT NULL REFERENCES stations (id),
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    capacity   integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
    booked     integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    CHECK (starts_at < ends_at),
    PRIMARY KEY (station_id, starts_at)
);
