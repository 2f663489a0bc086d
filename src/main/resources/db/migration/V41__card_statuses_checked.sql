-- The card's history and the bank's stored reports held any text as a status; the code reads them
-- back as enums (CardStatus, CardOrderStatus), so a stray value would fail every read of the card.
-- Only the values the code has ever written are allowed: no row changes.
ALTER TABLE member_card_history
    ADD CONSTRAINT member_card_history_status_check
        CHECK (status IN ('ordered', 'confirmed', 'sent_to_bank', 'produced', 'ready_for_pickup', 'active', 'lost',
                          'replaced', 'cancelled', 'failed'));

-- a report is one of the statuses the bank reports: never pending (where an order starts) nor
-- cancelled (the union's word)
ALTER TABLE card_order_reports
    ADD CONSTRAINT card_order_reports_status_check
        CHECK (status IN ('accepted', 'produced', 'ready_for_pickup', 'issued', 'failed'));
