-- The service catalogue (Open311 service types): what a worker can apply for, with a versioned
-- form definition, the documents to bring, the handling time and the steps the line uses.
-- Definitions live here so a district can tune them; the form attributes are JSON (see
-- catalogue/FormAttribute) and the same baseline is published in the contract.

CREATE TABLE services (
    code                   text PRIMARY KEY CHECK (code ~ '^[a-z]+(\.[a-z-]+)?$'),
    line                   text NOT NULL,
    purpose                text NOT NULL CHECK (purpose IN ('membership', 'legal-aid', 'hardship', 'card')),
    name_zh                text NOT NULL,
    name_en                text NOT NULL,
    description_zh         text NOT NULL,
    description_en         text NOT NULL,
    current_form_version   integer NOT NULL,
    documents              jsonb NOT NULL,
    handling_days          integer NOT NULL CHECK (handling_days BETWEEN 1 AND 365),
    uses_appointment       boolean NOT NULL,
    uses_district_review   boolean NOT NULL,
    offline_place          text NOT NULL CHECK (offline_place IN ('street_station', 'bank_branch', 'none')),
    single_open_per_member boolean NOT NULL,
    display_order          integer NOT NULL UNIQUE,
    enabled                boolean NOT NULL DEFAULT true,
    version                bigint NOT NULL DEFAULT 0,
    updated_at             timestamptz NOT NULL
);

CREATE TABLE service_forms (
    service_code text NOT NULL REFERENCES services (code),
    version      integer NOT NULL CHECK (version > 0),
    attributes   jsonb NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (service_code, version)
);

-- China's public holidays as data: 'holiday' is a day off (also on a weekday), 'workday' a
-- weekend day worked instead (调休). A new year's State Council notice is a new migration.
CREATE TABLE calendar_days (
    day  date PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name text NOT NULL
);

-- 2026, after the State Council's notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知)
INSERT INTO calendar_days (day, kind, name)
SELECT day::date, 'holiday', name FROM (VALUES
    ('2026-01-01', '元旦'), ('2026-01-02', '元旦'), ('2026-01-03', '元旦'),
    ('2026-02-15', '春节'), ('2026-02-16', '春节'), ('2026-02-17', '春节'), ('2026-02-18', '春节'),
    ('2026-02-19', '春节'), ('2026-02-20', '春节'), ('2026-02-21', '春节'), ('2026-02-22', '春节'),
    ('2026-02-23', '春节'),
    ('2026-04-04', '清明节'), ('2026-04-05', '清明节'), ('2026-04-06', '清明节'),
    ('2026-05-01', '劳动节'), ('2026-05-02', '劳动节'), ('2026-05-03', '劳动节'), ('2026-05-04', '劳动节'),
    ('2026-05-05', '劳动节'),
    ('2026-06-19', '端午节'), ('2026-06-20', '端午节'), ('2026-06-21', '端午节'),
    ('2026-09-25', '中秋节'), ('2026-09-26', '中秋节'), ('2026-09-27', '中秋节'),
    ('2026-10-01', '国庆节'), ('2026-10-02', '国庆节'), ('2026-10-03', '国庆节'), ('2026-10-04', '国庆节'),
    ('2026-10-05', '国庆节'), ('2026-10-06', '国庆节'), ('2026-10-07', '国庆节')
) AS holidays (day, name)
UNION ALL
SELECT day::date, 'workday', name FROM (VALUES
    ('2026-01-04', '元旦调休上班'), ('2026-02-14', '春节调休上班'), ('2026-02-28', '春节调休上班'),
    ('2026-05-09', '劳动节调休上班'), ('2026-09-20', '国庆节调休上班'), ('2026-10-10', '国庆节调休上班')
) AS workdays (day, name);

-- The membership lines (the same baseline is published in the contract: catalogue/membership.json).
INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('membership.join', 'membership.join', 'membership', '申请入会', 'Join the union',
        '职工（含快递员、外卖骑手、网约车司机等新就业形态劳动者）实名申请加入工会：在线提交，街道工会审核，到服务站面谈后批准并发放会员编号。',
        'A worker, gig workers included, applies by real name to join the union: online first, then the street union reviews, meets the applicant at its service station, approves and issues a member number.',
        1, '[{"zh": "居民身份证原件", "en": "Resident ID card (original)"}, {"zh": "劳动合同或在职证明（有工作单位的）", "en": "Labour contract or proof of employment (with an employer)"}]'::jsonb, 10, true, false, 'street_station', true, 10, true, 0, '2026-11-22T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('membership.join', 1, '[{"code": "employerName", "datatype": "string", "required": false, "order": 1, "maxLength": 100, "sensitive": false, "label": {"zh": "工作单位（参保单位）", "en": "Employer (who pays the social insurance)"}, "help": {"zh": "有工作单位的填写单位名称和统一社会信用代码；新就业形态劳动者改填职业。", "en": "With an employer: its name and unified social credit code; gig workers give their occupation instead."}}, {"code": "creditCode", "datatype": "string", "required": false, "order": 2, "maxLength": 18, "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", "sensitive": false, "label": {"zh": "统一社会信用代码", "en": "Unified social credit code"}, "help": {"zh": "18 位，含校验位，见营业执照。", "en": "18 characters with a check character, as on the business licence."}}, {"code": "employerUnion", "datatype": "string", "required": false, "order": 3, "maxLength": 100, "sensitive": false, "label": {"zh": "单位工会名称", "en": "Employer''s union"}, "help": {"zh": "单位已建工会的填写，批准后加入该工会；否则加入街道的联合工会。", "en": "If the employer has a union, the member joins it; otherwise the street''s joint union."}}, {"code": "occupation", "datatype": "single-choice", "required": false, "order": 4, "sensitive": false, "label": {"zh": "职业（新就业形态）", "en": "Occupation (gig work)"}, "help": {"zh": "没有固定工作单位的填写。", "en": "For workers without a fixed employer."}, "values": [{"code": "courier", "label": {"zh": "快递员", "en": "Courier"}}, {"code": "food_delivery_rider", "label": {"zh": "外卖骑手", "en": "Food delivery rider"}}, {"code": "ride_hailing_driver", "label": {"zh": "网约车司机", "en": "Ride-hailing driver"}}, {"code": "truck_driver", "label": {"zh": "货车司机", "en": "Truck driver"}}, {"code": "domestic_worker", "label": {"zh": "家政服务员", "en": "Domestic worker"}}, {"code": "other", "label": {"zh": "其他", "en": "Other"}}]}]'::jsonb, '2026-11-22T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('membership.transfer', 'membership.transfer', 'membership', '会籍转移（转会）', 'Transfer the membership',
        '会员换工作或搬家后，把会籍转到新的街道或单位工会；由接收方街道工会审核，会员编号不变。',
        'After a change of job or home a member moves their membership to another street or employer union; the receiving street approves and the member number stays.',
        1, '[{"zh": "居民身份证原件", "en": "Resident ID card (original)"}, {"zh": "新单位劳动合同或在职证明（有工作单位的）", "en": "Labour contract or proof of employment of the new employer (with an employer)"}]'::jsonb, 10, false, false, 'street_station', true, 20, true, 0, '2026-11-22T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('membership.transfer', 1, '[{"code": "employerName", "datatype": "string", "required": false, "order": 1, "maxLength": 100, "sensitive": false, "label": {"zh": "新工作单位", "en": "New employer"}}, {"code": "creditCode", "datatype": "string", "required": false, "order": 2, "maxLength": 18, "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", "sensitive": false, "label": {"zh": "新单位统一社会信用代码", "en": "New employer''s unified social credit code"}}, {"code": "employerUnion", "datatype": "string", "required": false, "order": 3, "maxLength": 100, "sensitive": false, "label": {"zh": "新单位工会名称", "en": "New employer''s union"}}, {"code": "occupation", "datatype": "single-choice", "required": false, "order": 4, "sensitive": false, "label": {"zh": "职业（新就业形态）", "en": "Occupation (gig work)"}, "values": [{"code": "courier", "label": {"zh": "快递员", "en": "Courier"}}, {"code": "food_delivery_rider", "label": {"zh": "外卖骑手", "en": "Food delivery rider"}}, {"code": "ride_hailing_driver", "label": {"zh": "网约车司机", "en": "Ride-hailing driver"}}, {"code": "truck_driver", "label": {"zh": "货车司机", "en": "Truck driver"}}, {"code": "domestic_worker", "label": {"zh": "家政服务员", "en": "Domestic worker"}}, {"code": "other", "label": {"zh": "其他", "en": "Other"}}]}, {"code": "reason", "datatype": "text", "required": true, "order": 5, "maxLength": 500, "sensitive": false, "label": {"zh": "转会原因", "en": "Why the membership moves"}}]'::jsonb, '2026-11-22T00:00:00Z');
