package cn.gonghui.membership;

import cn.gonghui.identity.UnionMembers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A union reaches its members (an active membership in its street) and those applying to it (an
 * open application of a membership line filed in its street): the join applicant during review, and
 * the member transferring in. A transfer's approval moves the membership, so once it is done the old
 * street reaches her no more. Both halves read an index keyed by street and member (V55), so a page
 * of an officer's member list stays an index range per street.
 */
@ApplicationScoped
public class UnionMembersByMembership implements UnionMembers {

    @Override
    public String memberIdsOfStreets(String streetsParameter) {
        return """
                SELECT ms.member_id FROM memberships ms
                 WHERE ms.status = 'active' AND ms.street_id IN (:%1$s)
                UNION ALL
                SELECT a.member_id FROM applications a
                 WHERE a.closed_at IS NULL AND a.street_id IN (:%1$s)
                   AND a.service_code IN (SELECT s.code FROM services s WHERE s.line IN ('%2$s', '%3$s'))"""
                .formatted(streetsParameter, MembershipLines.JOIN, MembershipLines.TRANSFER);
    }
}
