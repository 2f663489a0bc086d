package cn.gonghui.integration.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ended deliveries leave the log after the retention period; one still pending never does. */
@QuarkusTest
class WebhookRetentionTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookRetention retention;

    @Inject
    WebhookFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        fixtures.deleteEverySubscription();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixtures.deleteEverySubscription();
        clock.reset();
    }

    @Test
    void aDeliveredEventIsForgottenAfterThirtyDaysAndAPendingOneIsKept() {
        String token = fixtures.integrator();
        String answering = WebhookFixtures.subscribe(token, receiver.url("/hooks"), "membership.changed")
                .getString("subscription.id");
        // nobody listens on port 1: every attempt fails and the delivery stays pending, retried
        String unreachable = WebhookFixtures.subscribe(token, "http://127.0.0.1:1/hooks", "membership.changed")
                .getString("subscription.id");
        fixtures.membershipChanged();
        dispatcher.deliverDue();
        assertThat(deliveries(token, answering)).isEqualTo(1);
        assertThat(deliveries(token, unreachable)).isEqualTo(1);

        UUID event = eventOf(unreachable);

        clock.advance(Duration.ofDays(29));
        assertThat(retention.purge().deliveries()).as("within the 30 days").isZero();
        assertThat(eventExists(event)).isTrue();

        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge().deliveries()).as("the delivered one, not the one still retrying").isEqualTo(1);
        assertThat(deliveries(token, answering)).isZero();
        assertThat(deliveries(token, unreachable)).isEqualTo(1);
        assertThat(eventExists(event)).as("still named by the pending delivery").isTrue();

        // once no delivery names it, the event goes too
        given().auth().oauth2(token).when().delete(WebhookFixtures.BASE + "/" + unreachable).then().statusCode(204);
        assertThat(retention.purge().events()).isPositive();
        assertThat(eventExists(event)).isFalse();
    }

    private UUID eventOf(String subscription) {
        return (UUID) entityManager.createNativeQuery("SELECT event_id FROM webhook_deliveries WHERE subscription_id = :id")
                .setParameter("id", UUID.fromString(subscription)).getSingleResult();
    }

    private boolean eventExists(UUID event) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM webhook_events WHERE id = :id")
                .setParameter("id", event).getSingleResult()).intValue() == 1;
    }

    private static int deliveries(String token, String subscription) {
        return given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
