package cn.gonghui.notification;

import cn.gonghui.platform.database.BackgroundWork;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.gonghui.identity.wechat.WeChatClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox as WeChat subscribe messages, at least once. Every instance runs this; a
 * round locks the rows it takes with {@code FOR UPDATE SKIP LOCKED}, so two instances never send
 * the same row at the same time, and a crash before the commit leaves the row to be sent again.
 * Failures are retried with doubling pauses up to a limit; "not subscribed" (43101) is an answer,
 * recorded and not retried.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    private final EntityManager entityManager;
    private final WeChatClient weChat;
    private final NotificationSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public OutboxDelivery(EntityManager entityManager, WeChatClient weChat, NotificationSettings settings,
            ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.weChat = weChat;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(every = "{gonghui.notification.deliver-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverOnSchedule() {
        deliverDue();
    }

    /** One round: sends what is due, returns how many rows it handled. */
    @BackgroundWork
    @Transactional
    public int deliverDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                SELECT o.id, o.template_id, o.page, CAST(o.payload AS text), o.attempts, m.wechat_openid
                  FROM notification_outbox o JOIN members m ON m.id = o.member_id
                 WHERE o.status = 'pending' AND o.next_attempt_at <= :now
                 ORDER BY o.next_attempt_at, o.id
                 LIMIT :batch
                   FOR UPDATE OF o SKIP LOCKED""")
                .setParameter("now", now)
                .setParameter("batch", settings.batchSize())
                .getResultList();
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[4]).intValue() + 1;
            WeChatClient.Delivery delivery = weChat.send(message((String) row[5], (String) row[1], (String) row[2],
                    (String) row[3]));
            record(id, delivery, attempts, now);
        }
        return due.size();
    }

    private void record(UUID id, WeChatClient.Delivery delivery, int attempts, Instant now) {
        String status;
        Instant next = now;
        if (delivery == WeChatClient.Delivery.SENT) {
            status = "sent";
        } else if (delivery == WeChatClient.Delivery.NOT_SUBSCRIBED) {
            status = "not_subscribed";
        } else if (attempts >= settings.maxAttempts()) {
            status = "failed";
            LOG.warnf("Gave up a subscribe message after %d attempts", attempts);
        } else {
            status = "pending";
            next = now.plus(settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
        entityManager.createNativeQuery("""
                UPDATE notification_outbox
                   SET status = :status, attempts = :attempts, next_attempt_at = :next,
                       sent_at = CASE WHEN :status = 'sent' THEN CAST(:now AS timestamptz) END,
                       last_error = CASE WHEN :status IN ('pending', 'failed') THEN 'WeChat did not take the message' END
                 WHERE id = :id""")
                .setParameter("status", status)
                .setParameter("attempts", attempts)
                .setParameter("next", next)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    private WxMaSubscribeMessage message(String openid, String template, String page, String payload) {
        List<WxMaSubscribeMessage.MsgData> data = new ArrayList<>();
        try {
            JsonNode values = json.readTree(payload);
            values.properties().forEach(field -> data.add(new WxMaSubscribeMessage.MsgData()
                    .setName(field.getKey()).setValue(field.getValue().asText())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is not JSON", e);
        }
        WxMaSubscribeMessage message = new WxMaSubscribeMessage();
        message.setToUser(openid);
        message.setTemplateId(template);
        message.setPage(page);
        message.setData(data);
        return message;
    }
}
