package cn.gonghui.integration.webhook;

import static cn.gonghui.testing.StateRules.to;

import cn.gonghui.testing.StateRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The states of subscriptions and deliveries: their stored codes (V80's CHECKs) and their moves, in full. */
class WebhookStatesTest {

    @Test
    void aSubscriptionIsEnabledOrDisabledAndComesBack() {
        StateRules.assertStoredAs(SubscriptionStatus.class, new SubscriptionStatus.AsText(), "enabled", "disabled");
        StateRules.assertMoves(SubscriptionStatus.class, SubscriptionStatus.MOVES, Map.of(
                SubscriptionStatus.ENABLED, to(SubscriptionStatus.DISABLED),
                SubscriptionStatus.DISABLED, to(SubscriptionStatus.ENABLED)));
    }

    @Test
    void aDeliveryIsPendingUntilDeliveredOrFailedAndEitherMayBeSentAgain() {
        StateRules.assertStoredAs(DeliveryStatus.class, new DeliveryStatus.AsText(), "pending", "delivered", "failed");
        StateRules.assertMoves(DeliveryStatus.class, DeliveryStatus.MOVES, Map.of(
                DeliveryStatus.PENDING, to(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED),
                DeliveryStatus.DELIVERED, to(DeliveryStatus.PENDING),
                DeliveryStatus.FAILED, to(DeliveryStatus.PENDING)));
    }
}
