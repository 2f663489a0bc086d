package cn.gonghui.hardship;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An erased member's hardship data: offers serve only them and go; files lose their household and
 * end, keeping the classification and dates for the union's statistics (the disbursements' own
 * eraser keeps the payments for the fund's audit).
 */
@ApplicationScoped
public class HardshipEraser implements PersonalDataEraser {

    private final EntityManager entityManager;
    private final Clock clock;

    public HardshipEraser(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        Instant now = clock.instant();
        entityManager.createNativeQuery("DELETE FROM hardship_offers WHERE member_id = :member")
                .setParameter("member", memberId).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE hardship_grants g SET status = 'ended'
                  FROM hardship_files f
                 WHERE g.file_id = f.id AND f.member_id = :member AND g.status = 'active'""")
                .setParameter("member", memberId).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE hardship_files SET household_cipher = NULL, status = 'expired', updated_at = :now,
                       version = version + 1
                 WHERE member_id = :member AND (household_cipher IS NOT NULL OR status = 'active')""")
                .setParameter("now", now).setParameter("member", memberId).executeUpdate();
    }
}
