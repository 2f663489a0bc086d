-- The member card (京卡·互助服务卡): the four card lines, the cards themselves, the orders the
-- issuing bank pulls and reports on, the merchants' benefit programmes and the uses they record.

-- A member's cards. One live card per person: the partial unique index counts every card that
-- is not replaced, cancelled or failed (a lost card still counts: it is replaced, not re-applied for).
CREATE TABLE member_cards (
    id                 uuid PRIMARY KEY,
    member_id          uuid NOT NULL REFERENCES members (id),
    application_id     uuid NOT NULL REFERENCES applications (id),
    status             text NOT NULL CHECK (status IN ('ordered', 'confirmed', 'sent_to_bank', 'produced',
                                                       'ready_for_pickup', 'active', 'lost', 'replaced',
                                                       'cancelled', 'failed')),
    pickup_preference  text NOT NULL CHECK (pickup_preference IN ('branch', 'station')),
    -- the station the member chose, then the one the bank delivered to
    pickup_station_id  uuid REFERENCES stations (id),
    -- the bank branch the bank named at ready_for_pickup
    pickup_branch      text CHECK (char_length(pickup_branch) <= 100),
    last_four          text CHECK (last_four ~ '^[0-9]{4}$'),
    -- the full card number, AES-GCM (purpose card.number), and its blind index for merchants' lookups
    card_number_cipher text,
    card_number_index  text UNIQUE,
    replaces_card_id   uuid REFERENCES member_cards (id),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX member_cards_one_live ON member_cards (member_id)
    WHERE status NOT IN ('replaced', 'cancelled', 'failed');
CREATE INDEX member_cards_by_member ON member_cards (member_id, id);
CREATE INDEX member_cards_by_application ON member_cards (application_id);

-- every state a card went through, by whom (the member, the union, the bank)
CREATE TABLE member_card_history (
    id      uuid PRIMARY KEY,
    card_id uuid NOT NULL REFERENCES member_cards (id),
    at      timestamptz NOT NULL,
    status  text NOT NULL,
    actor   text NOT NULL CHECK (actor IN ('member', 'union', 'bank'))
);

CREATE INDEX member_card_history_by_card ON member_card_history (card_id, at, id);

-- What the bank is asked to do with a card: make it (issue, replace), block it (loss), close it
-- (cancel). The bank pulls them by status and reports on each; 'cancelled' is an order the union
-- took back (the application was withdrawn or rejected) before the card was issued.
CREATE TABLE card_orders (
    id             uuid PRIMARY KEY,
    card_id        uuid NOT NULL REFERENCES member_cards (id),
    application_id uuid REFERENCES applications (id),
    kind           text NOT NULL CHECK (kind IN ('issue', 'loss', 'replace', 'cancel')),
    status         text NOT NULL CHECK (status IN ('pending', 'accepted', 'produced', 'ready_for_pickup', 'issued',
                                                   'failed', 'cancelled')),
    failure_reason text CHECK (char_length(failure_reason) <= 500),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0
);

CREATE INDEX card_orders_by_status ON card_orders (status, id);
CREATE INDEX card_orders_by_kind ON card_orders (kind, status, id);
CREATE INDEX card_orders_by_card ON card_orders (card_id);

-- Each status the bank reported, once: a repeat with the same payload replays the stored answer,
-- a repeat with another payload is a conflict. The answer holds ids and statuses only.
CREATE TABLE card_order_reports (
    order_id     uuid NOT NULL REFERENCES card_orders (id),
    status       text NOT NULL,
    payload_hash text NOT NULL,
    answer       jsonb NOT NULL,
    reported_by  text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (order_id, status)
);

-- The card's benefits (刷卡服务): what merchants may record a use of.
CREATE TABLE benefit_programmes (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name_zh    text NOT NULL,
    name_en    text NOT NULL,
    enabled    boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL
);

INSERT INTO benefit_programmes (code, name_zh, name_en, enabled, created_at) VALUES
    ('park-annual-pass', '公园年票优惠', 'Discounted park annual pass', true, '2026-12-01T00:00:00Z'),
    ('cinema', '职工观影优惠', 'Cinema tickets for members', true, '2026-12-01T00:00:00Z'),
    ('bookstore', '书店购书折扣', 'Bookshop discount', true, '2026-12-01T00:00:00Z'),
    ('health-checkup', '职工体检优惠', 'Health check-up for members', true, '2026-12-01T00:00:00Z'),
    ('canteen', '普惠餐饮', 'Members'' canteen meals', true, '2026-12-01T00:00:00Z');

-- A benefit used at a merchant. A QR token is used at most once (the unique token id); the member's
-- id stays when they are erased, with nothing else that names them: the use is pseudonymised.
CREATE TABLE benefit_uses (
    id             uuid PRIMARY KEY,
    programme_code text NOT NULL REFERENCES benefit_programmes (code),
    card_id        uuid NOT NULL REFERENCES member_cards (id),
    member_id      uuid NOT NULL REFERENCES members (id),
    merchant       text NOT NULL,
    amount         numeric(12, 2) NOT NULL CHECK (amount > 0),
    qr_token_id    uuid UNIQUE,
    used_at        timestamptz NOT NULL
);

CREATE INDEX benefit_uses_by_member ON benefit_uses (member_id, id);

-- The member-card lines (the same baseline is published in the contract: catalogue/card.json).
INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('card.apply', 'card.apply', 'card', '申领会员卡（京卡·互助服务卡）', 'Apply for the member card',
        '有效会员申领京卡·互助服务卡（工会与银行联名的借记卡，会员的唯一会员凭证，每人一张）：在线申请，街道工会确认，发卡银行制卡，到银行网点或工会服务站领卡后激活。',
        'An active member applies for the 京卡 mutual-aid service card (a union and bank co-branded debit card, the member''s sole membership credential, one per person): online first, the street union confirms, the bank makes the card, the member picks it up at a bank branch or a union station and it becomes active.',
        1, '[{"zh": "领卡时携带居民身份证原件", "en": "Resident ID card (original), at pickup"}]'::jsonb, 15, false, false, 'bank_branch', true, 300, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('card.apply', 1, '[{"code": "pickupPreference", "datatype": "single-choice", "required": true, "order": 1, "sensitive": false, "label": {"zh": "领卡地点", "en": "Where to pick the card up"}, "help": {"zh": "银行网点由发卡银行在卡片制成后告知；选择工会服务站的可指定服务站。", "en": "The bank names its branch once the card is made; with a union station, the member may choose one."}, "values": [{"code": "branch", "label": {"zh": "发卡银行网点", "en": "A branch of the issuing bank"}}, {"code": "station", "label": {"zh": "街道工会服务站", "en": "A street union station"}}]}, {"code": "stationId", "datatype": "string", "required": false, "order": 2, "maxLength": 36, "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "sensitive": false, "label": {"zh": "领卡服务站", "en": "Station to pick the card up"}, "help": {"zh": "选择工会服务站领卡时填写（服务站编号）。", "en": "With a union station: the station''s id."}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('card.report-loss', 'card.report-loss', 'card', '会员卡挂失', 'Report the member card lost',
        '会员卡遗失或被盗时挂失：提交后卡片立即停用（商户核验不再通过），并通知发卡银行；街道工会办结。',
        'A lost or stolen card is reported: it stops working the moment the report is submitted (merchants'' checks fail) and the bank is told; the street union closes the report.',
        1, '[]'::jsonb, 1, false, false, 'none', true, 310, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('card.report-loss', 1, '[{"code": "lostOn", "datatype": "date", "required": true, "order": 1, "sensitive": false, "label": {"zh": "遗失日期", "en": "When it was lost"}}, {"code": "lostWhere", "datatype": "string", "required": false, "order": 2, "maxLength": 100, "sensitive": false, "label": {"zh": "遗失地点", "en": "Where it was lost"}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('card.replace', 'card.replace', 'card', '会员卡补换', 'Replace the member card',
        '挂失后补办，或卡片损坏时换卡：街道工会批准后旧卡作废，发卡银行制作新卡，领卡后激活。',
        'A new card after a loss report, or in exchange for a damaged one: once the street union approves, the old card ends and the bank makes a new one, active once picked up.',
        1, '[{"zh": "领卡时携带居民身份证原件", "en": "Resident ID card (original), at pickup"}, {"zh": "损坏的旧卡（换卡的）", "en": "The damaged card (for an exchange)"}]'::jsonb, 15, false, false, 'bank_branch', true, 320, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('card.replace', 1, '[{"code": "reason", "datatype": "single-choice", "required": true, "order": 1, "sensitive": false, "label": {"zh": "补换原因", "en": "Why"}, "values": [{"code": "lost", "label": {"zh": "已挂失，补办新卡", "en": "Reported lost: a new card"}}, {"code": "damaged", "label": {"zh": "卡片损坏，换卡", "en": "Damaged: an exchange"}}]}, {"code": "pickupPreference", "datatype": "single-choice", "required": true, "order": 2, "sensitive": false, "label": {"zh": "领卡地点", "en": "Where to pick the card up"}, "values": [{"code": "branch", "label": {"zh": "发卡银行网点", "en": "A branch of the issuing bank"}}, {"code": "station", "label": {"zh": "街道工会服务站", "en": "A street union station"}}]}, {"code": "stationId", "datatype": "string", "required": false, "order": 3, "maxLength": 36, "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "sensitive": false, "label": {"zh": "领卡服务站", "en": "Station to pick the card up"}}]'::jsonb, '2026-12-01T00:00:00Z');

INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en, current_form_version,
                      documents, handling_days, uses_appointment, uses_district_review, offline_place,
                      single_open_per_member, display_order, enabled, version, updated_at)
VALUES ('card.cancel', 'card.cancel', 'card', '会员卡注销', 'Cancel the member card',
        '不再使用会员卡时注销：街道工会批准后卡片停用，并通知发卡银行销户。',
        'A member who no longer wants the card cancels it: once the street union approves, the card stops working and the bank is told to close it.',
        1, '[]'::jsonb, 5, false, false, 'none', true, 330, true, 0, '2026-12-01T00:00:00Z');
INSERT INTO service_forms (service_code, version, attributes, created_at)
VALUES ('card.cancel', 1, '[{"code": "reason", "datatype": "text", "required": true, "order": 1, "maxLength": 500, "sensitive": false, "label": {"zh": "注销原因", "en": "Why the card is cancelled"}}]'::jsonb, '2026-12-01T00:00:00Z');

