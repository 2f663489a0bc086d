package cn.gonghui.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Memberships for other capabilities, read only and as plain values: the card lines and the
 * merchants' verification ask here whether a member is in the union, never through {@link Membership}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Memberships {

    /** Whether the member holds an active membership now. */
    public boolean isActive(UUID memberId) {
        return Membership.activeOf(memberId).isPresent();
    }

    /** The status of the member's membership; empty before they joined. */
    public Optional<MembershipStatus> statusOf(UUID memberId) {
        return Membership.of(memberId).map(membership -> membership.status);
    }
}
