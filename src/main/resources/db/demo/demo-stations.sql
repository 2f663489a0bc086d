-- Demo data of the dev profile only: one service station for each street that has no real one
-- in the seeds, marked demo = true. Safe to run again and from several instances at once.
INSERT INTO stations (id, street_id, name, kind, address, latitude, longitude, description, demo, version,
                      created_at, updated_at)
SELECT demo.id::uuid, streets.id, streets.name || '街道工会服务站（演示）', 'union_service_station',
       '北京市西城区' || streets.name || '街道（演示地址）', demo.latitude, demo.longitude,
       '演示数据：真实服务站由管理员录入。/ Demo data: real stations are entered by administrators.',
       true, 0, now(), now()
FROM (VALUES
    ('01a20144-3af2-7392-900a-2a6a1e4fe61c', 'xichanganjie',  39.90500, 116.38300),
    ('01a20144-3af3-7da6-8163-bf892ace84f5', 'xinjiekou',     39.94400, 116.36600),
    ('01a20144-3af4-74fb-ba15-0e2c381fc734', 'yuetan',        39.91500, 116.34500),
    ('01a20144-3af5-7866-9fbb-e8a8618fd486', 'zhanlanlu',     39.93000, 116.34000),
    ('01a20144-3af6-733a-bf8b-dfdd9afc2699', 'shichahai',     39.94000, 116.38800),
    ('01a20144-3af7-706b-bac7-9f611893d7b6', 'dashilan',      39.89500, 116.39300),
    ('01a20144-3af8-7734-9a0d-2a1f64d87bcd', 'tianqiao',      39.88300, 116.39800),
    ('01a20144-3af9-7440-8980-788633c02270', 'chunshu',       39.89300, 116.37700),
    ('01a20144-3afa-786e-8aa2-80543469a572', 'taoranting',    39.87800, 116.38100),
    ('01a20144-3afb-721b-b6ba-17e31ed043bb', 'guanganmennei', 39.89000, 116.35900),
    ('01a20144-3afc-72df-a158-1f23dd74648f', 'niujie',        39.88400, 116.36500),
    ('01a20144-3afd-7adc-a5e9-d4160bf1a29f', 'baizhifang',    39.87600, 116.35600),
    ('01a20144-3afe-757b-949f-1c2c4d6d3d3b', 'guanganmenwai', 39.89000, 116.33300)
) AS demo (id, street_code, latitude, longitude)
JOIN streets ON streets.code = demo.street_code
ON CONFLICT (id) DO NOTHING;

INSERT INTO station_facilities (station_id, facility_code)
SELECT stations.id, facility.code
FROM stations CROSS JOIN (VALUES ('hot_water'), ('phone_charging'), ('restroom'), ('legal_advice')) AS facility (code)
WHERE stations.demo
ON CONFLICT DO NOTHING;

INSERT INTO station_opening_hours (station_id, day_of_week, opens, closes)
SELECT stations.id, day, '09:00', '17:00'
FROM stations CROSS JOIN generate_series(1, 5) AS day
WHERE stations.demo
ON CONFLICT DO NOTHING;
