-- Officers see a member when her union is in their streets: an active membership there, or an open
-- application of a membership line (join, transfer) filed there (membership.UnionMembersByMembership).
-- Both are read from the street's side, keyed by member, so the officers' member list pages through
-- an index range per street, and the look-up of one member probes memberships (member_id, unique)
-- and applications_by_member.
CREATE INDEX memberships_active_by_street ON memberships (street_id, member_id) WHERE status = 'active';
CREATE INDEX applications_open_by_street_member ON applications (street_id, member_id, service_code)
    WHERE closed_at IS NULL;
