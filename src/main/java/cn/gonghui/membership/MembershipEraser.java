package cn.gonghui.membership;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * An erased member's membership ends. Its number, union, street and history stay for the union's
 * member statistics; where they worked (employer, credit code, occupation) goes.
 */
@ApplicationScoped
public class MembershipEraser implements PersonalDataEraser {

    private final EntityManager entityManager;
    private final MembershipEvents events;
    private final Clock clock;

    public MembershipEraser(EntityManager entityManager, MembershipEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        Membership.activeOf(memberId).ifPresent(active -> events.changed(active.id, memberId, active.streetId, "ended",
                MembershipStatus.MOVES.require(active.status, MembershipStatus.ENDED)));
        entityManager.createNativeQuery("""
                UPDATE memberships
                   SET status = 'ended', employer_name = NULL, credit_code = NULL, occupation = NULL,
                       updated_at = :now, version = version + 1
                 WHERE member_id = :member""")
                .setParameter("now", clock.instant())
                .setParameter("member", memberId)
                .executeUpdate();
    }
}
