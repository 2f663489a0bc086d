-- The unions of a street reach the members a roster import brought (membership 'imported', not yet
-- claimed with WeChat) as they reach the active ones (membership.UnionMembersByMembership), so the
-- officers' member list reads both states through one index range per street, keyed by member as
-- V55's index of the active ones was. Narrowed to one status it reads V82's (street_id, status, member_id).
CREATE INDEX memberships_reached_by_street ON memberships (street_id, member_id) WHERE status IN ('active', 'imported');
