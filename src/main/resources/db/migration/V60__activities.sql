-- Member activities (文体活动、技能培训): published by a street union for its street or by a district union
-- for the whole district, with a quota, a waiting list and check-in. The places taken are counted on the
-- activity's row, which every registration locks first: the CHECKs below are the database's own word that
-- an activity is never overbooked, whatever the service does.
CREATE TABLE activities (
    id                   uuid PRIMARY KEY,
    title                text NOT NULL,
    description          text NOT NULL,
    -- every activity belongs to a district; a street activity also names its street
    district_id          uuid NOT NULL REFERENCES districts (id),
    street_id            uuid REFERENCES streets (id),
    station_id           uuid REFERENCES stations (id),
    place                text NOT NULL,
    -- where it happens (the station's coordinates), for the nearest-first list; null when unknown
    latitude             double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision CHECK (longitude BETWEEN -180 AND 180),
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    sign_up_opens_at     timestamptz NOT NULL,
    sign_up_closes_at    timestamptz NOT NULL,
    cancel_until         timestamptz NOT NULL,
    capacity             integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    waitlist_capacity    integer NOT NULL CHECK (waitlist_capacity BETWEEN 0 AND 100000),
    members_only         boolean NOT NULL,
    per_member_limit     integer NOT NULL CHECK (per_member_limit BETWEEN 1 AND 10),
    confirmed_places     integer NOT NULL DEFAULT 0,
    waitlisted_places    integer NOT NULL DEFAULT 0,
    -- the last number handed to the waiting list: its order
    waitlist_seq         bigint NOT NULL DEFAULT 0,
    status               text NOT NULL CHECK (status IN ('published', 'cancelled')),
    cancel_reason        text,
    created_by           uuid NOT NULL REFERENCES officers (id),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    cancelled_at         timestamptz,
    -- set once the unchecked confirmed registrations of an ended activity were marked no_show
    attendance_closed_at timestamptz,
    version              bigint NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (sign_up_closes_at > sign_up_opens_at),
    CHECK (sign_up_closes_at <= starts_at),
    CHECK (cancel_until <= starts_at),
    CHECK (confirmed_places BETWEEN 0 AND capacity),
    CHECK (waitlisted_places BETWEEN 0 AND waitlist_capacity),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);

-- the public list (published, by start) and its filters; the officers' list (newest start first) and theirs
CREATE INDEX activities_published_by_start ON activities (starts_at, id) WHERE status = 'published';
CREATE INDEX activities_by_street ON activities (street_id, starts_at, id);
CREATE INDEX activities_by_district ON activities (district_id, starts_at, id);
CREATE INDEX activities_by_status ON activities (status, starts_at, id);
CREATE INDEX activities_by_location ON activities (latitude, longitude) WHERE status = 'published';
-- the no-show job's work: ended activities whose attendance is still open
CREATE INDEX activities_attendance_open ON activities (ends_at) WHERE status = 'published' AND attendance_closed_at IS NULL;

CREATE TABLE activity_registrations (
    id             uuid PRIMARY KEY,
    activity_id    uuid NOT NULL REFERENCES activities (id),
    member_id      uuid NOT NULL REFERENCES members (id),
    places         integer NOT NULL CHECK (places BETWEEN 1 AND 10),
    status         text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'withdrawn', 'checked_in', 'no_show',
                                                   'cancelled')),
    waitlist_seq   bigint,
    registered_at  timestamptz NOT NULL,
    confirmed_at   timestamptz,
    checked_in_at  timestamptz,
    checked_in_by  uuid REFERENCES officers (id),
    ended_at       timestamptz,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    CHECK (status <> 'waitlisted' OR waitlist_seq IS NOT NULL),
    CHECK ((status = 'checked_in') = (checked_in_at IS NOT NULL))
);

-- no member holds two live registrations of one activity, whatever races
CREATE UNIQUE INDEX activity_registrations_one_per_member ON activity_registrations (activity_id, member_id)
    WHERE status IN ('confirmed', 'waitlisted', 'checked_in', 'no_show');
-- the waiting list in order, the roster by status, the member's own list (newest first)
CREATE INDEX activity_registrations_waitlist ON activity_registrations (activity_id, waitlist_seq)
    WHERE status = 'waitlisted';
CREATE INDEX activity_registrations_roster ON activity_registrations (activity_id, status, id);
CREATE INDEX activity_registrations_by_member ON activity_registrations (member_id, id);
