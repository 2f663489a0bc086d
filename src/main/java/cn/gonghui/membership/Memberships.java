package cn.gonghui.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Memberships for other capabilities, read only and as plain values: an activity for members only
 * asks here whether a member's membership is active, never through {@link Membership}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Memberships {

    /** An active membership as others see it: whose, its number, and the street whose union holds it. */
    public record MembershipRef(UUID memberId, String number, UUID streetId) {
    }

    private final EntityManager entityManager;

    public Memberships(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The member's membership if it is active now; empty for a non-member or an ended membership. */
    public Optional<MembershipRef> activeOf(UUID memberId) {
        return entityManager.createQuery("select m.number, m.street.id from Membership m "
                        + "where m.member.id = :member and m.status = :active", Object[].class)
                .setParameter("member", memberId).setParameter("active", MembershipStatus.ACTIVE)
                .getResultStream().findFirst()
                .map(row -> new MembershipRef(memberId, (String) row[0], (UUID) row[1]));
    }
}
