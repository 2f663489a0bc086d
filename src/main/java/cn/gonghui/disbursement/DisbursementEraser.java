package cn.gonghui.disbursement;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * Payments stay for the fund's audit, amounts, periods and statuses intact, no longer naming the
 * payee nor the card paid into.
 */
@ApplicationScoped
public class DisbursementEraser implements PersonalDataEraser {

    private final EntityManager entityManager;
    private final Clock clock;

    public DisbursementEraser(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("""
                UPDATE disbursements SET member_id = NULL, payee_card_id = NULL, updated_at = :now,
                       version = version + 1
                 WHERE member_id = :member""")
                .setParameter("now", clock.instant()).setParameter("member", memberId).executeUpdate();
    }
}
