package cn.gonghui.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Memberships for other capabilities, read only and as plain values: the card lines, the
 * merchants' verification and activities for members only ask here whether a member is in the
 * union, never through {@link Membership}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Memberships {

    /** An active membership as others see it: whose, its number, and the street whose union holds it. */
    public record MembershipRef(UUID memberId, String number, UUID streetId) {
    }

    /** Whether the member holds an active membership now. */
    public boolean isActive(UUID memberId) {
        return Membership.activeOf(memberId).isPresent();
    }

    /** The member's membership if it is active now; empty for a non-member or an ended membership. */
    public Optional<MembershipRef> activeOf(UUID memberId) {
        return Membership.activeOf(memberId)
                .map(membership -> new MembershipRef(memberId, membership.number, membership.streetId));
    }

    /**
     * Whether the member's active membership names an employer (a base-level union of a workplace);
     * gig and new-form workers joined their street's union without one.
     */
    public boolean withEmployer(UUID memberId) {
        return Membership.activeOf(memberId).map(membership -> membership.creditCode != null).orElse(false);
    }

    /** The status of the member's membership; empty before they joined. */
    public Optional<MembershipStatus> statusOf(UUID memberId) {
        return Membership.of(memberId).map(membership -> membership.status);
    }

    /** A membership as a roster lists it. */
    public record RosterEntry(UUID memberId, String number, MembershipStatus status, UUID streetId, String unionName,
            String employerName, java.time.LocalDate since) {
    }

    /**
     * One keyset batch of a roster: the memberships of these streets (all when {@code streets} is
     * null), of one status when given, after the member {@code after}, in member order.
     */
    public java.util.List<RosterEntry> rosterBatch(java.util.Set<UUID> streets, MembershipStatus status, UUID after,
            int limit) {
        StringBuilder query = new StringBuilder("select new " + RosterEntry.class.getName()
                + "(m.memberId, m.number, m.status, m.streetId, m.unionName, m.employerName, m.since)"
                + " from Membership m where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (streets != null) {
            query.append(" and m.streetId in :streets");
            parameters.put("streets", streets);
        }
        if (status != null) {
            query.append(" and m.status = :status");
            parameters.put("status", status);
        }
        if (after != null) {
            query.append(" and m.memberId > :after");
            parameters.put("after", after);
        }
        query.append(" order by m.memberId");
        var typed = Membership.getEntityManager().createQuery(query.toString(), RosterEntry.class).setMaxResults(limit);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }
}
