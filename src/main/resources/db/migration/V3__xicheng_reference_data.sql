-- Reference data from the seeds: Xicheng district (西城区), its 15 streets, the facilities a
-- station can offer, and the two stations the seeds describe. Opening hours and coordinates are
-- not in the seeds: they are reasonable values (WGS 84) to be corrected by an administrator.

INSERT INTO districts (id, code, name) VALUES
    ('01a20144-3ae0-79cf-b588-0317fa5622cc', 'xicheng', '西城区');

INSERT INTO streets (id, district_id, code, name, display_order) VALUES
    ('01a20144-3ae1-77e0-9366-81770f60b1b8', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'xichanganjie',  '西长安街', 1),
    ('01a20144-3ae2-78ef-8f1c-343cabd0200c', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'xinjiekou',     '新街口',   2),
    ('01a20144-3ae3-7549-a76b-3c578fa3bcb2', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'yuetan',        '月坛',     3),
    ('01a20144-3ae4-7bcd-95ff-653789b1608c', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'zhanlanlu',     '展览路',   4),
    ('01a20144-3ae5-7c67-86d3-0c37eab30dcf', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'desheng',       '德胜',     5),
    ('01a20144-3ae6-7006-b49b-212ca1f1bd68', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'jinrongjie',    '金融街',   6),
    ('01a20144-3ae7-709c-b4df-7b7e4c6a0714', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'shichahai',     '什刹海',   7),
    ('01a20144-3ae8-7bf3-9000-41a4264d97ce', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'dashilan',      '大栅栏',   8),
    ('01a20144-3ae9-7dc5-95a9-3acb1e13aa3f', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'tianqiao',      '天桥',     9),
    ('01a20144-3aea-7a9c-9dce-9cd8b2425b8f', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'chunshu',       '椿树',     10),
    ('01a20144-3aeb-7745-a0a2-564c88303bcc', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'taoranting',    '陶然亭',   11),
    ('01a20144-3aec-7b8a-94c0-debc925ee3ab', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'guanganmennei', '广安门内', 12),
    ('01a20144-3aed-7c2c-a397-deb6768b2051', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'niujie',        '牛街',     13),
    ('01a20144-3aee-7fce-bd3e-d318fdaee4ff', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'baizhifang',    '白纸坊',   14),
    ('01a20144-3aef-73d9-9f16-4f3077957008', '01a20144-3ae0-79cf-b588-0317fa5622cc', 'guanganmenwai', '广安门外', 15);

INSERT INTO facilities (code, name_zh, name_en, display_order) VALUES
    ('microwave',       '微波炉',     'Microwave oven',        1),
    ('hot_water',       '热水',       'Hot water',             2),
    ('first_aid_kit',   '急救药箱',   'First-aid kit',         3),
    ('tyre_pump',       '打气筒',     'Tyre pump',             4),
    ('sofa',            '休息沙发',   'Sofa to rest on',       5),
    ('newspapers',      '阅报栏',     'Newspapers',            6),
    ('phone_charging',  '手机充电',   'Phone charging',        7),
    ('restroom',        '卫生间',     'Restroom',              8),
    ('meeting_room',    '会议室',     'Meeting room',          9),
    ('training_room',   '培训室',     'Training room',         10),
    ('study_room',      '学习室',     'Study room',            11),
    ('recreation_room', '文体活动室', 'Recreation room',       12),
    ('counselling',     '心理咨询',   'Counselling',           13),
    ('legal_advice',    '法律咨询',   'Legal advice',          14),
    ('early_education', '儿童早教',   'Early-childhood education', 15);

INSERT INTO stations (id, street_id, name, kind, address, latitude, longitude, floor_area_sqm, opened_on,
                      description, demo, version, created_at, updated_at) VALUES
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', '01a20144-3ae6-7006-b49b-212ca1f1bd68',
     '西城晶华工会服务站', 'union_service_station', '北京市西城区金融街街道（长安街以北商务楼宇区）',
     39.91390, 116.35940, 625.0, NULL,
     '金融街街道工会服务站活动中心，上下两层，服务长安街以北 37 座商务楼宇、607 家非公企业；设会议、培训、学习、娱乐等功能区，提供心理咨询、免费法律咨询和儿童早教服务。',
     false, 0, '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', '01a20144-3ae5-7c67-86d3-0c37eab30dcf',
     '德胜街道户外劳动者服务站', 'outdoor_workers_station', '北京市西城区德外大街（临街）',
     39.95600, 116.37750, NULL, '2016-04-12',
     '西城区首家户外劳动者服务站，为环卫工人、出租车驾驶员、交警、快递员等户外劳动者提供热饭、休息和阅读的地方，同时承担街道工会服务站的日常工作。',
     false, 0, '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z');

INSERT INTO station_facilities (station_id, facility_code) VALUES
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'meeting_room'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'training_room'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'study_room'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'recreation_room'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'counselling'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'legal_advice'),
    ('01a20144-3af0-7ffb-801d-6ce0be09b8c3', 'early_education'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'microwave'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'hot_water'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'first_aid_kit'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'tyre_pump'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'sofa'),
    ('01a20144-3af1-7ea3-9ce3-d9690a412c72', 'newspapers');

-- 晶华: working days 09:00-21:00 (evening activities for office workers), Saturday 09:00-17:00.
-- 德胜 outdoor station: every day 07:00-19:00, when outdoor workers are on their rounds.
INSERT INTO station_opening_hours (station_id, day_of_week, opens, closes)
SELECT '01a20144-3af0-7ffb-801d-6ce0be09b8c3'::uuid, day, '09:00'::time, '21:00'::time FROM generate_series(1, 5) AS day
UNION ALL
SELECT '01a20144-3af0-7ffb-801d-6ce0be09b8c3', 6, '09:00', '17:00'
UNION ALL
SELECT '01a20144-3af1-7ea3-9ce3-d9690a412c72', day, '07:00', '19:00' FROM generate_series(1, 7) AS day;
