package cn.gonghui.legalaid;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * The engine empties an erased member's forms; a legal-aid result also holds the lawyer's own
 * words on the case ({@code outcome.summary}), which go too. The eligibility, the form of help,
 * the kind of outcome and the amounts stay, for the union's legal-aid figures.
 */
@ApplicationScoped
public class LegalAidEraser implements PersonalDataEraser {

    private final EntityManager entityManager;
    private final Clock clock;

    public LegalAidEraser(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("""
                UPDATE applications
                   SET result = result #- '{outcome,summary}', updated_at = :now, version = version + 1
                 WHERE member_id = :member AND service_code = :service AND result #> '{outcome,summary}' IS NOT NULL""")
                .setParameter("now", clock.instant())
                .setParameter("member", memberId)
                .setParameter("service", LegalAidRules.LINE)
                .executeUpdate();
    }
}
