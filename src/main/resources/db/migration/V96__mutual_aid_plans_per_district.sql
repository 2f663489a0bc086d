-- 职工互助保障 (issue 25): a plan belongs to one district. Plans kept before this named none: each takes
-- the district of the streets its members were enrolled from, else the only district when there is one.
UPDATE mutual_aid_plans p SET district_id = (
    SELECT min(s.district_id::text)::uuid FROM mutual_aid_enrollments e JOIN streets s ON s.id = e.street_id
     WHERE e.plan_code = p.code)
 WHERE p.district_id IS NULL;
UPDATE mutual_aid_plans SET district_id = (SELECT id FROM districts)
 WHERE district_id IS NULL AND (SELECT count(*) FROM districts) = 1;
-- every new plan names its district; a plan left without one (several districts, nobody enrolled) is
-- reached by administrators only, until one assigns it
ALTER TABLE mutual_aid_plans ADD CONSTRAINT mutual_aid_plans_district_required
    CHECK (district_id IS NOT NULL) NOT VALID;

-- the plan lists filter by district (and year)
CREATE INDEX mutual_aid_plans_by_district ON mutual_aid_plans (district_id, created_at DESC, id DESC);
CREATE INDEX mutual_aid_plans_by_district_year ON mutual_aid_plans (district_id, year, created_at DESC, id DESC);
-- the plans a member may enroll in: her district's, open now
CREATE INDEX mutual_aid_plans_open_by_district ON mutual_aid_plans (district_id, enrollment_opens_at);

-- settlements no longer wait for consent: an enrolled member's claim is opened and awaits review
COMMENT ON COLUMN mutual_aid_settlements.outcome IS
    'consent_required: only settlements received before claims were opened without the member''s consent';
