-- The hardship lines (困难帮扶): the file and the programmes attached to it. The same baseline is
-- published in the contract: catalogue/hardship.json.

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('hardship.file', 'hardship.file', 'hardship', '困难职工建档', 'Hardship file',
        '家庭生活困难的职工申请建立困难职工档案：填写家庭成员及收入、刚性支出和致困原因；系统按本市最低生活保障标准测算家庭人均月收入并初步分类（深度、相对、意外致困），街道工会入户或到站核实后报区总工会复核。档案有效期 12 个月，到期前提醒复核。建档后可申请生活补助、金秋助学和医疗救助。',
        'A worker whose household struggles applies for a hardship file: household members and their incomes, unavoidable costs and the causes. The service computes the household''s per-capita monthly income against the local minimum-living line and classifies the hardship (deep, relative, accident); the street union checks it at a home visit or station meeting and the district union reviews it. A file lasts 12 months and is re-checked before it ends; with a file the worker can apply for the living subsidy, education aid and medical aid.',
        1, '[{"zh": "居民身份证原件和户口簿", "en": "Resident ID card (original) and household register"}, {"zh": "家庭成员收入证明", "en": "Proof of the household members'' incomes"}, {"zh": "致困原因证明（诊断证明、残疾证、事故或灾害证明、失业证明、学费票据等）", "en": "Proof of the cause (diagnosis, disability certificate, accident or disaster report, unemployment record, school fee receipts)"}]'::jsonb, 20, true, true, 'street_station', true, 200, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('hardship.file', 1, '[{"code": "household", "datatype": "list", "required": true, "order": 1, "maxItems": 10, "sensitive": true, "label": {"zh": "家庭成员", "en": "Household members"}, "help": {"zh": "共同生活的家庭成员，含本人（relation 为 self）；不填姓名。", "en": "Everyone living in the household, the applicant included (relation self); no names."}, "items": [{"code": "relation", "datatype": "single-choice", "required": true, "order": 1, "sensitive": false, "label": {"zh": "与本人关系", "en": "Relation to the applicant"}, "values": [{"code": "self", "label": {"zh": "本人", "en": "Self"}}, {"code": "spouse", "label": {"zh": "配偶", "en": "Spouse"}}, {"code": "child", "label": {"zh": "子女", "en": "Child"}}, {"code": "parent", "label": {"zh": "父母", "en": "Parent"}}, {"code": "other", "label": {"zh": "其他", "en": "Other"}}]}, {"code": "age", "datatype": "number", "required": true, "order": 2, "min": 0, "max": 120, "sensitive": false, "label": {"zh": "年龄", "en": "Age"}}, {"code": "status", "datatype": "single-choice", "required": true, "order": 3, "sensitive": false, "label": {"zh": "就业或就学状况", "en": "Work or school"}, "values": [{"code": "employed", "label": {"zh": "在职", "en": "Employed"}}, {"code": "unemployed", "label": {"zh": "失业", "en": "Unemployed"}}, {"code": "retired", "label": {"zh": "退休", "en": "Retired"}}, {"code": "student", "label": {"zh": "在校学生", "en": "Student"}}, {"code": "unable_to_work", "label": {"zh": "丧失劳动能力", "en": "Unable to work"}}, {"code": "preschool", "label": {"zh": "学龄前", "en": "Pre-school"}}, {"code": "other", "label": {"zh": "其他", "en": "Other"}}]}, {"code": "schoolLevel", "datatype": "single-choice", "required": false, "order": 4, "sensitive": false, "label": {"zh": "就读阶段", "en": "School level"}, "help": {"zh": "在校学生必填。", "en": "Required for a student."}, "values": [{"code": "primary", "label": {"zh": "小学", "en": "Primary school"}}, {"code": "junior", "label": {"zh": "初中", "en": "Junior high school"}}, {"code": "senior_high", "label": {"zh": "高中", "en": "Senior high school"}}, {"code": "vocational", "label": {"zh": "中职、高职", "en": "Vocational school"}}, {"code": "university", "label": {"zh": "大学（本科、研究生）", "en": "University"}}]}, {"code": "monthlyIncome", "datatype": "money", "required": true, "order": 5, "min": 0, "sensitive": false, "label": {"zh": "月均可支配收入（元）", "en": "Average monthly disposable income (yuan)"}, "help": {"zh": "工资、养老金、补贴、租金等全部收入的月平均，没有填 0。", "en": "Wages, pensions, benefits, rents and every other income, a monthly average; 0 when none."}}]}, {"code": "annualUnavoidableCosts", "datatype": "money", "required": true, "order": 2, "min": 0, "sensitive": true, "label": {"zh": "全年刚性支出（元）", "en": "Unavoidable costs of the year (yuan)"}, "help": {"zh": "自付医疗费、学费、赡养等无法避免的支出，全年合计。", "en": "Medical costs paid oneself, school fees, care of dependants and other unavoidable costs, for the whole year."}}, {"code": "causes", "datatype": "multi-choice", "required": true, "order": 3, "sensitive": true, "label": {"zh": "致困原因", "en": "Causes"}, "values": [{"code": "illness", "label": {"zh": "重大疾病", "en": "Serious illness"}}, {"code": "disability", "label": {"zh": "残疾", "en": "Disability"}}, {"code": "accident", "label": {"zh": "意外事故", "en": "Accident"}}, {"code": "disaster", "label": {"zh": "自然灾害", "en": "Disaster"}}, {"code": "unemployment", "label": {"zh": "失业", "en": "Unemployment"}}, {"code": "education_costs", "label": {"zh": "子女教育支出", "en": "Education costs"}}]}, {"code": "situation", "datatype": "text", "required": true, "order": 4, "maxLength": 1000, "sensitive": true, "label": {"zh": "困难情况说明", "en": "The situation"}}, {"code": "documents", "datatype": "attachment", "required": false, "order": 5, "maxItems": 10, "sensitive": false, "label": {"zh": "证明材料", "en": "Documents"}, "help": {"zh": "收入证明、诊断证明、残疾证等的照片或 PDF。", "en": "Photos or PDFs of proofs of income, diagnoses, disability certificates and the like."}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('hardship.living-subsidy', 'hardship.living-subsidy', 'hardship', '困难职工生活补助', 'Living subsidy',
        '已建档的深度、相对困难职工按月领取生活补助（例如每月 200 元），档案有效期内每月发放一次；街道工会审核，区总工会复核。',
        'A worker with a hardship file of deep or relative hardship receives a monthly living subsidy (e.g. ¥200), paid once a month while the file is active; the street union reviews and the district union approves.',
        1, '[{"zh": "居民身份证原件", "en": "Resident ID card (original)"}]'::jsonb, 15, false, true, 'street_station', true, 210, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('hardship.living-subsidy', 1, '[{"code": "note", "datatype": "text", "required": false, "order": 1, "maxLength": 500, "sensitive": false, "label": {"zh": "补充说明", "en": "Note"}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('hardship.education-aid', 'hardship.education-aid', 'hardship', '金秋助学', 'Education aid (Golden Autumn)',
        '已建档困难职工的在校子女按就读阶段获得助学金（例如大学 5000 元、高中 3000 元），每个孩子每学年一次；街道工会审核，区总工会复核。',
        'Children at school of a worker with a hardship file receive aid by school level (e.g. ¥5,000 at university, ¥3,000 at senior high school), once per child and school year; the street union reviews and the district union approves.',
        1, '[{"zh": "录取通知书或学籍证明", "en": "Admission letter or proof of enrolment"}, {"zh": "学费票据", "en": "School fee receipts"}]'::jsonb, 15, false, true, 'street_station', true, 220, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('hardship.education-aid', 1, '[{"code": "children", "datatype": "list", "required": true, "order": 1, "maxItems": 6, "sensitive": true, "label": {"zh": "申请助学的子女", "en": "The children"}, "items": [{"code": "householdMember", "datatype": "number", "required": true, "order": 1, "min": 0, "max": 9, "sensitive": false, "label": {"zh": "档案中的家庭成员序号", "en": "The household member on file"}, "help": {"zh": "困难职工档案家庭成员列表中的序号，从 0 开始。", "en": "The position in the file''s household list, from 0."}}, {"code": "schoolLevel", "datatype": "single-choice", "required": true, "order": 2, "sensitive": false, "label": {"zh": "就读阶段", "en": "School level"}, "values": [{"code": "primary", "label": {"zh": "小学", "en": "Primary school"}}, {"code": "junior", "label": {"zh": "初中", "en": "Junior high school"}}, {"code": "senior_high", "label": {"zh": "高中", "en": "Senior high school"}}, {"code": "vocational", "label": {"zh": "中职、高职", "en": "Vocational school"}}, {"code": "university", "label": {"zh": "大学（本科、研究生）", "en": "University"}}]}, {"code": "school", "datatype": "string", "required": false, "order": 3, "maxLength": 100, "sensitive": false, "label": {"zh": "学校", "en": "School"}}]}, {"code": "documents", "datatype": "attachment", "required": false, "order": 2, "maxItems": 10, "sensitive": false, "label": {"zh": "录取或学籍证明", "en": "Proof of admission or enrolment"}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('hardship.medical-aid', 'hardship.medical-aid', 'hardship', '医疗救助', 'Medical aid',
        '已建档困难职工就医自付费用过高的，上传票据申请医疗救助；区总工会复核后核定救助金额（不超过申请金额）。',
        'A worker with a hardship file whose own share of medical bills is too high uploads the bills and applies for medical aid; the district union approves an amount no higher than the one requested.',
        1, '[{"zh": "医疗费用票据原件", "en": "Medical bills (originals)"}, {"zh": "诊断证明", "en": "Diagnosis"}]'::jsonb, 15, false, true, 'street_station', false, 230, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('hardship.medical-aid', 1, '[{"code": "amountRequested", "datatype": "money", "required": true, "order": 1, "min": 1, "max": 1000000, "sensitive": true, "label": {"zh": "申请救助金额（元）", "en": "Amount requested (yuan)"}}, {"code": "illness", "datatype": "text", "required": false, "order": 2, "maxLength": 500, "sensitive": true, "label": {"zh": "病情说明", "en": "The illness"}}, {"code": "bills", "datatype": "attachment", "required": true, "order": 3, "maxItems": 20, "sensitive": false, "label": {"zh": "医疗票据", "en": "Medical bills"}}]'::jsonb, '2026-12-01T00:00:00Z');

-- A hardship file (困难职工档案): what the district approved of a member's household, valid for
-- 12 months. At most one active file per member; a re-check approves a new one.
CREATE TABLE hardship_files (
    id                         uuid PRIMARY KEY,
    member_id                  uuid NOT NULL REFERENCES members (id),
    street_id                  uuid NOT NULL REFERENCES streets (id),
    application_id             uuid NOT NULL UNIQUE REFERENCES applications (id),
    classification             text NOT NULL CHECK (classification IN ('deep', 'relative', 'accident', 'not_eligible')),
    per_capita_monthly_income  numeric(12, 2),
    minimum_living_line        numeric(12, 2),
    household_size             integer,
    -- the household as approved (relations, ages, school, incomes): JSON, encrypted
    household_cipher           text,
    valid_from                 date NOT NULL,
    valid_until                date NOT NULL,
    status                     text NOT NULL CHECK (status IN ('active', 'expired')),
    reminded_at                timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    bigint NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX hardship_files_one_active ON hardship_files (member_id) WHERE status = 'active';
CREATE INDEX hardship_files_active_until ON hardship_files (valid_until) WHERE status = 'active';

-- The monthly living subsidy a file is entitled to once approved; the monthly run pays from here.
CREATE TABLE hardship_grants (
    id             uuid PRIMARY KEY,
    file_id        uuid NOT NULL UNIQUE REFERENCES hardship_files (id),
    application_id uuid NOT NULL REFERENCES applications (id),
    monthly_amount numeric(12, 2) NOT NULL CHECK (monthly_amount > 0),
    first_period   text NOT NULL CHECK (first_period ~ '^\d{4}-\d{2}$'),
    status         text NOT NULL CHECK (status IN ('active', 'ended')),
    created_at     timestamptz NOT NULL
);

-- Aid paid out, kept for the fund's audit (erasure clears the person's details, never the row).
-- One row per file, programme, period and beneficiary: the monthly run on several instances, a
-- retried approval or a second aid for the same child in the same year cannot pay twice.
CREATE TABLE disbursements (
    id             uuid PRIMARY KEY,
    file_id        uuid NOT NULL REFERENCES hardship_files (id),
    application_id uuid NOT NULL REFERENCES applications (id),
    member_id      uuid REFERENCES members (id),
    street_id      uuid NOT NULL REFERENCES streets (id),
    programme      text NOT NULL CHECK (programme IN ('hardship.living-subsidy', 'hardship.education-aid',
                                                      'hardship.medical-aid')),
    period         text NOT NULL CHECK (period ~ '^\d{4}(-\d{2})?$'),
    beneficiary    text NOT NULL DEFAULT '',
    amount         numeric(12, 2) NOT NULL CHECK (amount > 0),
    status         text NOT NULL CHECK (status IN ('scheduled', 'paid', 'failed')),
    reference      text,
    reason         text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    UNIQUE (file_id, programme, period, beneficiary)
);

CREATE INDEX disbursements_by_street ON disbursements (street_id, created_at DESC, id DESC);
CREATE INDEX disbursements_by_status ON disbursements (status, street_id, created_at DESC, id DESC);
-- the officers' other filters: a month's (or school year's) payments, one programme's
CREATE INDEX disbursements_by_period ON disbursements (period, street_id, created_at DESC, id DESC);
CREATE INDEX disbursements_by_programme ON disbursements (programme, street_id, created_at DESC, id DESC);
-- what a programme's application scheduled: is all of it paid?
CREATE INDEX disbursements_by_application ON disbursements (application_id);
CREATE INDEX disbursements_by_member ON disbursements (member_id, created_at DESC, id DESC);

-- 免申即享: programmes an approved file already qualifies its member for, offered with the form
-- filled in from the file; applying is one tap.
CREATE TABLE hardship_offers (
    id             uuid PRIMARY KEY,
    member_id      uuid NOT NULL REFERENCES members (id),
    file_id        uuid NOT NULL REFERENCES hardship_files (id),
    service_code   text NOT NULL REFERENCES services (code),
    form           jsonb NOT NULL,
    -- the form's sensitive part, encrypted as the application's is
    form_sensitive text,
    status         text NOT NULL CHECK (status IN ('offered', 'applied')),
    application_id uuid REFERENCES applications (id),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    UNIQUE (file_id, service_code)
);

CREATE INDEX hardship_offers_by_member ON hardship_offers (member_id, created_at DESC, id DESC);
