package cn.gonghui.mutualaid;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * An erased member's mutual aid: enrollments and claims stay for the fund's records (fees, amounts
 * approved, states), no longer naming the member; the computations, which repeat the stay's costs,
 * go; the stay's keyed hash is replaced, and settlements forget whom they were for. The payments
 * themselves are the disbursements' eraser's to keep.
 */
@ApplicationScoped
public class MutualAidEraser implements PersonalDataEraser {

    private final EntityManager entityManager;
    private final Clock clock;

    public MutualAidEraser(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("""
                UPDATE mutual_aid_claims SET member_id = NULL, computation_cipher = NULL, masked_stay = NULL,
                       stay_index = 'erased:' || application_id, updated_at = :now
                 WHERE member_id = :member""")
                .setParameter("now", clock.instant()).setParameter("member", memberId).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE mutual_aid_enrollments SET member_id = NULL, updated_at = :now, version = version + 1
                 WHERE member_id = :member""")
                .setParameter("now", clock.instant()).setParameter("member", memberId).executeUpdate();
        entityManager.createNativeQuery("UPDATE mutual_aid_settlements SET member_id = NULL WHERE member_id = :member")
                .setParameter("member", memberId).executeUpdate();
    }
}
