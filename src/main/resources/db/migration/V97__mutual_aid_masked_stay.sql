-- 职工互助保障 (issue 25): officers outside a claim's own street see its stay masked (the hospital's first
-- character, the month of the dates, no amounts), kept beside the encrypted form when the claim is filed.
-- Claims filed before have none and show every field hidden.
ALTER TABLE mutual_aid_claims ADD COLUMN masked_stay jsonb;
