-- 职工互助保障 (issue 25): mutual-aid protection as the fifth line on the engine. Plans in versions
-- (a correction is a new version for claims filed after it), enrollments once per member and plan year,
-- claims for hospital stays (one per member and stay), and the medical-insurance settlements that
-- file claims themselves (免申即享).
ALTER TABLE services DROP CONSTRAINT services_purpose_check;
ALTER TABLE services ADD CONSTRAINT services_purpose_check
    CHECK (purpose IN ('membership', 'legal-aid', 'hardship', 'card', 'mutual-aid'));
ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
    CHECK (purpose IN ('membership', 'legal-aid', 'hardship', 'card', 'mutual-aid'));

-- the medical-insurance settlement system is an integrator with a scope of its own
ALTER TABLE integrator_clients DROP CONSTRAINT integrator_clients_scopes_check;
ALTER TABLE integrator_clients ADD CONSTRAINT integrator_clients_scopes_check
    CHECK (scopes <@ ARRAY['cards:issue', 'cards:verify', 'applications:read', 'webhooks:manage',
                           'mutual-aid:settlements']::text[]);

CREATE TABLE mutual_aid_plans (
    id                    uuid PRIMARY KEY,
    code                  text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    plan_version          integer NOT NULL CHECK (plan_version > 0),
    name                  text NOT NULL,
    year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    enrollment_opens_at   timestamptz NOT NULL,
    enrollment_closes_at  timestamptz NOT NULL,
    coverage_starts_on    date NOT NULL,
    coverage_ends_on      date NOT NULL,
    fee_per_member        numeric(12, 2) NOT NULL CHECK (fee_per_member >= 0),
    deductible            numeric(12, 2) NOT NULL CHECK (deductible >= 0),
    rates                 jsonb NOT NULL,
    annual_cap_per_member numeric(12, 2) NOT NULL CHECK (annual_cap_per_member > 0),
    waiting_days          integer NOT NULL CHECK (waiting_days BETWEEN 0 AND 365),
    -- a version applies to claims filed from this instant on (the first: always)
    applies_from          timestamptz NOT NULL,
    district_id           uuid REFERENCES districts (id),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint NOT NULL DEFAULT 0,
    UNIQUE (code, plan_version),
    CHECK (enrollment_closes_at > enrollment_opens_at),
    CHECK (coverage_ends_on >= coverage_starts_on)
);
CREATE INDEX mutual_aid_plans_list ON mutual_aid_plans (created_at DESC, id DESC);
CREATE INDEX mutual_aid_plans_by_year ON mutual_aid_plans (year, created_at DESC, id DESC);

CREATE TABLE mutual_aid_enrollments (
    id              uuid PRIMARY KEY,
    plan_code       text NOT NULL,
    year            integer NOT NULL,
    member_id       uuid REFERENCES members (id),
    street_id       uuid NOT NULL REFERENCES streets (id),
    channel         text NOT NULL CHECK (channel IN ('union', 'self')),
    fee             numeric(12, 2) NOT NULL,
    fee_status      text NOT NULL CHECK (fee_status IN ('due', 'paid')),
    -- the day (Beijing) it was made: the waiting days count from it or from the coverage's start
    enrolled_on     date NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);
-- once per member and plan year
CREATE UNIQUE INDEX mutual_aid_enrollments_once_a_year ON mutual_aid_enrollments (member_id, year);
CREATE INDEX mutual_aid_enrollments_by_plan ON mutual_aid_enrollments (plan_code, street_id, id);

CREATE TABLE mutual_aid_claims (
    application_id    uuid PRIMARY KEY REFERENCES applications (id),
    member_id         uuid REFERENCES members (id),
    street_id         uuid NOT NULL REFERENCES streets (id),
    enrollment_id     uuid REFERENCES mutual_aid_enrollments (id),
    plan_id           uuid REFERENCES mutual_aid_plans (id),
    year              integer,
    -- keyed hash of the member and the stay (admission and discharge days): one claim per stay
    stay_index        text NOT NULL UNIQUE,
    -- the computation shown to the officer and the amount approved, encrypted
    computation_cipher text,
    approved_cipher   text,
    state             text NOT NULL CHECK (state IN ('open', 'approved', 'closed')),
    settlement_id     text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX mutual_aid_claims_by_member ON mutual_aid_claims (member_id, year);

-- the settlements of the medical insurance, once per system and settlement id: a repeat answers the
-- first outcome, another body under the same id is refused (the fingerprint is a hash of the body)
CREATE TABLE mutual_aid_settlements (
    settlement_id  text NOT NULL,
    client_id      text NOT NULL,
    fingerprint    text NOT NULL,
    member_id      uuid REFERENCES members (id),
    outcome        text NOT NULL CHECK (outcome IN ('received', 'claim_filed', 'auto_paid', 'not_enrolled',
                                                    'claim_exists', 'consent_required')),
    application_id uuid REFERENCES applications (id),
    received_at    timestamptz NOT NULL,
    PRIMARY KEY (client_id, settlement_id)
);

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('mutual-aid.claim', 'mutual-aid', 'mutual-aid', '职工互助保障住院互助金', 'Mutual-aid hospital benefit',
        '参加职工互助保障的会员住院后，可凭发票和医保结算单申请住院互助金：按入院当日有效的保障计划，（个人自付 − 起付线）× 医院等级给付比例，不超过当年剩余的年度限额；等待期内或保障期外的住院不予给付。街道工会核对发票，超过审批额度的由区总工会审批，批准后付至本人有效的会员卡。',
        'A member of the mutual-aid protection plan claims a benefit for a hospital stay with the invoices and the insurance settlement: under the plan in force on the admission day, (self-paid − deductible) × the hospital level''s rate, never above what is left of the year''s cap; a stay inside the waiting period or outside the coverage gets nothing. The street union checks the invoices, the district union approves large amounts, and the benefit is paid to the member''s active card.',
        1, '[{"zh": "住院发票原件", "en": "Hospital invoices (originals)"}, {"zh": "医保结算单", "en": "Medical-insurance settlement statement"}, {"zh": "出院小结", "en": "Discharge summary"}]'::jsonb, 10, false, false, 'street_station', false, 500, true, 0, '2026-12-07T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('mutual-aid.claim', 1, '[{"code": "admittedOn", "datatype": "date", "required": true, "order": 1, "sensitive": true, "label": {"zh": "入院日期", "en": "Admitted on"}}, {"code": "dischargedOn", "datatype": "date", "required": true, "order": 2, "sensitive": true, "label": {"zh": "出院日期", "en": "Discharged on"}}, {"code": "hospitalName", "datatype": "string", "required": true, "order": 3, "maxLength": 100, "sensitive": true, "label": {"zh": "医院名称", "en": "Hospital"}}, {"code": "hospitalLevel", "datatype": "single-choice", "required": true, "order": 4, "sensitive": true, "label": {"zh": "医院等级", "en": "Hospital level"}, "values": [{"code": "primary", "label": {"zh": "一级医院", "en": "Primary"}}, {"code": "secondary", "label": {"zh": "二级医院", "en": "Secondary"}}, {"code": "tertiary", "label": {"zh": "三级医院", "en": "Tertiary"}}]}, {"code": "totalCost", "datatype": "money", "required": true, "order": 5, "min": 0, "sensitive": true, "label": {"zh": "医疗费用总额（元）", "en": "Total cost (yuan)"}}, {"code": "insurancePaid", "datatype": "money", "required": true, "order": 6, "min": 0, "sensitive": true, "label": {"zh": "医保统筹支付（元）", "en": "Paid by medical insurance (yuan)"}}, {"code": "selfPaid", "datatype": "money", "required": true, "order": 7, "min": 0, "sensitive": true, "label": {"zh": "个人自付（元）", "en": "Paid by the member (yuan)"}}, {"code": "invoices", "datatype": "attachment", "required": false, "order": 8, "maxItems": 10, "sensitive": false, "label": {"zh": "住院发票和结算单", "en": "Invoices and settlement statement"}, "help": {"zh": "住院发票和医保结算单的照片或 PDF，本人申请时必传，最多 10 份。", "en": "Photos or PDFs of the invoices and the settlement statement; required when the member files the claim; at most 10."}}]'::jsonb, '2026-12-07T00:00:00Z');
