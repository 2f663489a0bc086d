package cn.gonghui.integration.webhook;

import cn.gonghui.integration.webhook.WebhookViews.DeliveryView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.state.Coded;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The delivery log of a subscription, for its owner, and sending a delivery again. */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    private final WebhookSubscriptions subscriptions;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookDeliveries(WebhookSubscriptions subscriptions, EntityManager entityManager, AuditLog audit,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first; {@code status} narrows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> list(String owner, UUID subscriptionId, String status, PageParams page) {
        subscriptions.find(owner, subscriptionId, LockModeType.NONE);
        KeysetQuery<WebhookDelivery> query = KeysetQuery.jpql("select d from WebhookDelivery d", WebhookDelivery.class)
                .where("d.subscriptionId = :subscription", "subscription", subscriptionId);
        if (status != null) {
            query.where("d.status = :status", "status", Coded.ofCode(DeliveryStatus.class, status));
        }
        List<WebhookDelivery> rows = query.orderBy(Direction.DESCENDING, SortKey.uuid("d.id")).page(page)
                .fetch(entityManager);
        Map<UUID, String> types = typesOf(rows);
        return query.toPage(rows, delivery -> Cursor.of(delivery.id), delivery -> view(delivery, types));
    }

    /**
     * Sends a delivered or failed delivery again, with the same webhook-id, as the next of its
     * subscription's deliveries; a pending one is on its way already (409).
     */
    public DeliveryView redeliver(String owner, UUID subscriptionId, UUID deliveryId) {
        subscriptions.find(owner, subscriptionId, LockModeType.NONE);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
            throw ApiProblem.notFound("WEBHOOK_DELIVERY_NOT_FOUND", deliveryId);
        }
        if (delivery.status == DeliveryStatus.PENDING) {
            throw ApiProblem.conflict("WEBHOOK_DELIVERY_PENDING").with("nextAttemptAt", delivery.nextAttemptAt.toString());
        }
        delivery.status = DeliveryStatus.MOVES.require(delivery.status, DeliveryStatus.PENDING);
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        delivery.deliveredAt = null;
        entityManager.flush();
        audit.record(AuditEvent.of("webhook.redeliver", "webhook_delivery", delivery.id));
        return view(delivery, typesOf(List.of(delivery)));
    }

    private Map<UUID, String> typesOf(List<WebhookDelivery> deliveries) {
        Map<UUID, String> types = new HashMap<>();
        if (deliveries.isEmpty()) {
            return types;
        }
        entityManager.createNativeQuery("SELECT id, type FROM webhook_events WHERE id IN (:ids)", Object[].class)
                .setParameter("ids", deliveries.stream().map(delivery -> delivery.eventId).distinct().toList())
                .getResultList()
                .forEach(row -> types.put((UUID) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        return types;
    }

    private static DeliveryView view(WebhookDelivery delivery, Map<UUID, String> types) {
        return new DeliveryView(delivery.id, WebhookOutbox.webhookId(delivery.eventId), types.get(delivery.eventId),
                delivery.status.code(), delivery.attempts, delivery.lastResponseCode, delivery.lastError,
                delivery.lastAttemptAt, delivery.nextAttemptAt, delivery.deliveredAt, delivery.createdAt);
    }
}
