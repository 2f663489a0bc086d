package cn.gonghui.membership;

import cn.gonghui.identity.UnionMembers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A union reaches its members (an active membership in its street, or one a roster import brought
 * and the worker has not claimed yet) and those applying to it (an open application of a membership
 * line filed in its street): the join applicant during review, and the member transferring in. A
 * transfer's approval moves the membership, so once it is done the old street reaches her no more.
 * Both halves read an index keyed by street and member (V55 for applications, V98 for the active
 * and imported memberships), so a page of an officer's member list stays an index range per street;
 * narrowed to one status, the memberships are read by street, status and member (V82).
 */
@ApplicationScoped
public class UnionMembersByMembership implements UnionMembers {

    /** The membership states a street's union reaches: not the ended ones. */
    static final String REACHED = "('" + MembershipStatus.ACTIVE.code() + "', '" + MembershipStatus.IMPORTED.code() + "')";

    @Override
    public String memberIdsOfStreets(String streetsParameter) {
        return """
                SELECT ms.member_id FROM memberships ms
                 WHERE ms.status IN %4$s AND ms.street_id IN (:%1$s)
                UNION ALL
                SELECT a.member_id FROM applications a
                 WHERE a.closed_at IS NULL AND a.street_id IN (:%1$s)
                   AND a.service_code IN (SELECT s.code FROM services s WHERE s.line IN ('%2$s', '%3$s'))"""
                .formatted(streetsParameter, MembershipLines.JOIN, MembershipLines.TRANSFER, REACHED);
    }

    @Override
    public String memberIdsOfStreets(String streetsParameter, String statusParameter) {
        return "SELECT ms.member_id FROM memberships ms WHERE ms.status = :%2$s AND ms.street_id IN (:%1$s)"
                .formatted(streetsParameter, statusParameter);
    }

    @Override
    public String memberIdsWithStatus(String statusParameter) {
        return "SELECT ms.member_id FROM memberships ms WHERE ms.status = :" + statusParameter;
    }
}
