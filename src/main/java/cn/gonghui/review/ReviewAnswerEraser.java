package cn.gonghui.review;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * An erased member's review answers lose their link to her: the ratings stay counted in their
 * round (a published result must not change), tied to no one. Running it again finds nothing.
 */
@ApplicationScoped
public class ReviewAnswerEraser implements PersonalDataEraser {

    private final EntityManager entityManager;

    public ReviewAnswerEraser(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("UPDATE review_answers SET member_id = NULL WHERE member_id = :member")
                .setParameter("member", memberId).executeUpdate();
    }
}
