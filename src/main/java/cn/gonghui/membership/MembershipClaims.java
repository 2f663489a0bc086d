package cn.gonghui.membership;

import cn.gonghui.identity.ImportedMemberClaimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * An imported membership is claimed when its worker verifies the ID number of the roster: it moves
 * onto the worker's own member record, keeps its number and street, and becomes active.
 */
@ApplicationScoped
class MembershipClaims {

    private final EntityManager entityManager;
    private final MembershipEvents events;
    private final Clock clock;

    MembershipClaims(EntityManager entityManager, MembershipEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    void claim(@Observes ImportedMemberClaimed claim) {
        Membership.of(claim.importedMemberId()).ifPresent(membership -> {
            membership.memberId = claim.memberId();
            if (membership.status == MembershipStatus.IMPORTED) {
                membership.status = MembershipStatus.MOVES.require(membership.status, MembershipStatus.ACTIVE);
                events.changed(membership.id, claim.memberId(), membership.streetId, "claimed", membership.status);
            }
            membership.updatedAt = clock.instant();
            entityManager.flush();
        });
    }
}
