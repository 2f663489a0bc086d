package cn.gonghui.notification;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** An erased member's inbox and their WeChat messages not yet sent (or kept as sent) go entirely. */
@ApplicationScoped
public class InboxEraser implements PersonalDataEraser {

    private final EntityManager entityManager;

    public InboxEraser(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("DELETE FROM member_messages WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM notification_outbox WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }
}
