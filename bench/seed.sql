-- The benchmark's data set, made by the database itself: members and applications with ids
-- :from (inclusive) to :to (exclusive), five applications per member, across Xicheng's 15 streets
-- and every service, in a realistic mix of statuses (most finished, a few in each open state).
-- Run again with a higher range to grow the same data set (psql -v from=… -v to=… -v total=…; total,
-- the final size, spreads the submissions over the same 1,000 days whatever the range).
-- Ids are time-ordered like the service's own UUIDv7 ids, from a fixed prefix the service never makes.

\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_streets AS
SELECT row_number() OVER (ORDER BY s.display_order) - 1 AS n, s.id
FROM streets s JOIN districts d ON d.id = s.district_id WHERE d.code = 'xicheng';

CREATE TEMP TABLE bench_services AS
SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, current_form_version, handling_days FROM services;

-- members (:from / 5 … :to / 5)
INSERT INTO members (id, wechat_openid, street_id, real_name, created_at, updated_at)
SELECT ('01a20144-0000-7000-8000-' || lpad(to_hex(m), 12, '0'))::uuid,
       'bench-' || m,
       (SELECT id FROM bench_streets WHERE n = m % 15),
       '职工' || m,
       timestamptz '2023-01-01 00:00+08' + (m % 1000) * interval '1 hour',
       timestamptz '2023-01-01 00:00+08' + (m % 1000) * interval '1 hour'
FROM generate_series(:from / 5, (:to - 1) / 5) AS m
ON CONFLICT (id) DO NOTHING;

-- applications: status by a fixed mix over 100 (70 completed, 8 rejected, 5 withdrawn, 4 approved,
-- 4 submitted, 3 accepted, 2 in review, 2 awaiting appointment, 1 needs info, 1 escalated)
CREATE TEMP TABLE bench_mix (bucket int, status text);
INSERT INTO bench_mix
SELECT b, CASE
    WHEN b < 70 THEN 'completed' WHEN b < 78 THEN 'rejected' WHEN b < 83 THEN 'withdrawn'
    WHEN b < 87 THEN 'approved' WHEN b < 91 THEN 'submitted' WHEN b < 94 THEN 'accepted'
    WHEN b < 96 THEN 'in_review' WHEN b < 98 THEN 'awaiting_appointment' WHEN b < 99 THEN 'needs_info'
    ELSE 'escalated' END
FROM generate_series(0, 99) AS b;

INSERT INTO applications (id, number, service_code, form_version, member_id, street_id, status, form,
                          submitted_at, expected_by, closed_at, version, updated_at)
SELECT ('01a20145-0000-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid,
       'XCB' || lpad(a::text, 9, '0'),
       sv.code, sv.current_form_version,
       ('01a20144-0000-7000-8000-' || lpad(to_hex(a / 5), 12, '0'))::uuid,
       (SELECT id FROM bench_streets WHERE n = (a / 5) % 15),
       mix.status,
       '{}'::jsonb,
       at.submitted, (at.submitted AT TIME ZONE 'Asia/Shanghai')::date + sv.handling_days,
       CASE WHEN mix.status IN ('completed', 'rejected', 'withdrawn') THEN at.submitted + interval '9 days' END,
       0, at.submitted
FROM generate_series(:from, :to - 1) AS a
JOIN bench_services sv ON sv.n = (a * 7 + a / 5) % (SELECT count(*) FROM bench_services)
JOIN bench_mix mix ON mix.bucket = (a * 37) % 100
CROSS JOIN LATERAL (SELECT timestamptz '2024-01-01 00:00+08' + (a::double precision / greatest(:total, 1))
                                * interval '1000 days' AS submitted) AS at
ON CONFLICT (id) DO NOTHING;

-- every application's history starts with its submission; a closed one has its closing step too
INSERT INTO application_events (id, application_id, at, actor_kind, actor_role, actor_id, action, from_status,
                                to_status)
SELECT ('01a20146-0000-7000-8000-' || lpad(to_hex(a * 2), 12, '0'))::uuid,
       ('01a20145-0000-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid,
       timestamptz '2024-01-01 00:00+08' + (a::double precision / greatest(:total, 1)) * interval '1000 days',
       'member', 'member', NULL, 'submit', NULL, 'submitted'
FROM generate_series(:from, :to - 1) AS a
ON CONFLICT (id) DO NOTHING;

INSERT INTO application_events (id, application_id, at, actor_kind, actor_role, actor_id, action, from_status,
                                to_status)
SELECT ('01a20146-0000-7000-8000-' || lpad(to_hex(a * 2 + 1), 12, '0'))::uuid, ap.id, ap.closed_at,
       'officer', 'officer', NULL, CASE ap.status WHEN 'withdrawn' THEN 'withdraw' WHEN 'rejected' THEN 'reject'
                                                  ELSE 'complete' END,
       'in_review', ap.status
FROM generate_series(:from, :to - 1) AS a
JOIN applications ap ON ap.id = ('01a20145-0000-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid
WHERE ap.closed_at IS NOT NULL
ON CONFLICT (id) DO NOTHING;

ANALYZE members;
ANALYZE applications;
ANALYZE application_events;
