package cn.gonghui.card;

import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.event.IntegrationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Tells integrators (webhooks) of a card order made or moved: its id, kind and status, nothing personal. */
@ApplicationScoped
class CardOrderEvents {

    private final IntegrationEvents events;

    CardOrderEvents(IntegrationEvents events) {
        this.events = events;
    }

    void created(CardOrder order) {
        events.raise(IntegrationEvent.CARD_ORDER_CREATED, Map.of("cardOrderId", order.id.toString(),
                "cardId", order.cardId.toString(), "kind", order.kind, "status", order.status.code()));
    }

    void moved(UUID orderId, UUID cardId, String kind, CardOrderStatus from, CardOrderStatus to) {
        events.raise(IntegrationEvent.CARD_ORDER_STATUS_CHANGED, Map.of("cardOrderId", orderId.toString(),
                "cardId", cardId.toString(), "kind", kind, "status", to.code(), "previousStatus", from.code()));
    }
}
