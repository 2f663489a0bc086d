-- A stored answer may hold personal data (an application with its form): it is kept encrypted now,
-- as text. Its rows live a day, so they are not part of key rotation: the old key must simply stay
-- configured for a day after a new one becomes current.
ALTER TABLE idempotency_keys ALTER COLUMN response_body TYPE text USING response_body::text;
