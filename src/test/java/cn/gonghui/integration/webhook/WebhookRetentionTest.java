package cn.gonghui.integration.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
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

        clock.advance(Duration.ofDays(29));
        assertThat(retention.purge()).as("within the 30 days").isEqualTo(new WebhookRetention.Purged(0, 0));

        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge()).as("the delivered one; the event is still named by the pending delivery")
                .isEqualTo(new WebhookRetention.Purged(1, 0));
        assertThat(deliveries(token, answering)).isZero();
        assertThat(deliveries(token, unreachable)).isEqualTo(1);

        // once no delivery names it, the event goes too
        given().auth().oauth2(token).when().delete(WebhookFixtures.BASE + "/" + unreachable).then().statusCode(204);
        assertThat(retention.purge()).isEqualTo(new WebhookRetention.Purged(0, 1));
    }

    private static int deliveries(String token, String subscription) {
        return given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
