package cn.gonghui.integration.webhook;

import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.id.Ids;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox of the webhooks: an event a capability raises is stored, with one pending
 * delivery per enabled subscription of its type, in the transaction of the change that raised it
 * (the observer runs synchronously in it). Nothing is sent here: the {@link WebhookDispatcher} of any
 * instance sends it after the commit. An event no subscription wants is not stored at all.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookOutbox(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    void record(@Observes IntegrationEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> subscriptions = entityManager.createNativeQuery("""
                        SELECT id FROM webhook_subscriptions
                         WHERE status = 'enabled' AND event_types @> ARRAY[CAST(:type AS text)]
                         ORDER BY id""", UUID.class)
                .setParameter("type", event.type())
                .getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID eventId = Ids.newId();
        entityManager.createNativeQuery("""
                        INSERT INTO webhook_events (id, type, occurred_at, body)
                        VALUES (:id, :type, :now, :body)""")
                .setParameter("id", eventId).setParameter("type", event.type()).setParameter("now", now)
                .setParameter("body", body(event, now))
                .executeUpdate();
        for (UUID subscription : subscriptions) {
            entityManager.createNativeQuery("""
                            INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, attempts,
                                                            next_attempt_at, created_at)
                            VALUES (:id, :subscription, :event, 'pending', 0, :now, :now)""")
                    .setParameter("id", Ids.newId()).setParameter("subscription", subscription)
                    .setParameter("event", eventId).setParameter("now", now)
                    .executeUpdate();
        }
    }

    /** Standard Webhooks' payload: the type, when, and the ids in {@code data}; the text that is signed. */
    private String body(IntegrationEvent event, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", now.toString());
        payload.put("data", event.data());
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event of ids and codes is always JSON", e);
        }
    }

    /** The {@code webhook-id} of an event: {@code msg_} and its id, the same for every attempt. */
    static String webhookId(UUID eventId) {
        return "msg_" + eventId.toString().replace("-", "");
    }
}
