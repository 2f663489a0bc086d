package cn.gonghui.integration.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events reach a receiver signed, once, in order, retried when it fails and with both secrets during a rotation. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

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
    void aDeliveryCarriesStandardWebhooksHeadersAndASignatureTheSecretVerifies() throws Exception {
        JsonPath subscription = WebhookFixtures.subscribe(fixtures.integrator(), receiver.url("/hooks"),
                "membership.changed");
        String secret = subscription.getString("secret");
        String marker = fixtures.membershipChanged();
        assertThat(receiver.received()).as("nothing is sent from the changing transaction").isEmpty();

        dispatcher.deliverDue();

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.id()).matches("^msg_[0-9a-f]{32}$");
        assertThat(Long.parseLong(request.timestamp())).isCloseTo(clock.instant().getEpochSecond(),
                org.assertj.core.data.Offset.offset(5L));
        assertThat(WebhookFixtures.signatures(request)).containsExactly(WebhookFixtures.expectedSignature(secret, request));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("membership.changed");
        assertThat(body.get("timestamp").asText()).isNotBlank();
        assertThat(body.get("data").get("membershipId").asText()).isEqualTo(marker);
    }

    @Test
    void aFailedDeliveryIsRetriedAfterItsPauseWithTheSameIdAndNeverAgainOnceDelivered() {
        String token = fixtures.integrator();
        String subscription = WebhookFixtures.subscribe(token, receiver.url("/hooks"), "membership.changed")
                .getString("subscription.id");
        receiver.answer(500);
        fixtures.membershipChanged();
        Instant first = clock.instant();

        dispatcher.deliverDue();
        JsonPath log = deliveries(token, subscription);
        assertThat(log.getString("items[0].status")).isEqualTo("pending");
        assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(log.getInt("items[0].lastResponseCode")).isEqualTo(500);
        assertThat(log.getString("items[0].lastError")).isEqualTo("HTTP 500");
        assertThat(Instant.parse(log.getString("items[0].nextAttemptAt")))
                .isBetween(first.plusSeconds(4), first.plusSeconds(10));
        assertThat(dispatcher.deliverDue()).as("not due before its pause").isZero();

        clock.advance(Duration.ofSeconds(6));
        dispatcher.deliverDue();
        clock.advance(Duration.ofHours(24));
        dispatcher.deliverDue();

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).as("the failure and its retry, nothing after the success").hasSize(2);
        assertThat(received.get(1).id()).isEqualTo(received.get(0).id());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(Long.parseLong(received.get(1).timestamp())).isGreaterThan(Long.parseLong(received.get(0).timestamp()));
        log = deliveries(token, subscription);
        assertThat(log.getString("items[0].status")).isEqualTo("delivered");
        assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(log.getInt("items[0].lastResponseCode")).isEqualTo(204);
        assertThat(log.getString("items[0].deliveredAt")).isNotNull();
    }

    @Test
    void aReceiverAnsweringARedirectCountsAsAFailedDeliveryAndIsNotFollowed() {
        String token = fixtures.integrator();
        String subscription = WebhookFixtures.subscribe(token, receiver.url("/moved"), "membership.changed")
                .getString("subscription.id");
        receiver.answer(302);
        fixtures.membershipChanged();

        dispatcher.deliverDue();

        assertThat(receiver.received()).extracting(WebhookReceiver.Received::path).containsExactly("/moved");
        JsonPath log = deliveries(token, subscription);
        assertThat(log.getString("items[0].status")).isEqualTo("pending");
        assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(log.getInt("items[0].lastResponseCode")).isEqualTo(302);
        assertThat((Object) log.get("items[0].deliveredAt")).isNull();
    }

    @Test
    void aReceiverTooSlowToAnswerCountsAsAFailureAndIsRetried() {
        String token = fixtures.integrator();
        String subscription = WebhookFixtures.subscribe(token, receiver.url("/slow"), "membership.changed")
                .getString("subscription.id");
        receiver.answer(0);
        fixtures.membershipChanged();
        dispatcher.deliverDue();
        JsonPath log = deliveries(token, subscription);
        assertThat(log.getString("items[0].status")).isEqualTo("pending");
        assertThat(log.getString("items[0].lastError")).startsWith("timeout");
        assertThat((Object) log.get("items[0].lastResponseCode")).isNull();
    }

    @Test
    void aSubscriptionsEventsArriveInTheOrderTheyHappenedAndAFailureHoldsBackTheRest() throws Exception {
        WebhookFixtures.subscribe(fixtures.integrator(), receiver.url("/ordered"), "membership.changed");
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            markers.add(fixtures.membershipChanged());
        }
        receiver.answer(503);
        dispatcher.deliverDue();
        assertThat(receiver.received()).as("the later events wait for the first").hasSize(1);

        clock.advance(Duration.ofSeconds(6));
        dispatcher.deliverDue();

        List<String> arrived = new ArrayList<>();
        for (WebhookReceiver.Received request : receiver.received().subList(1, receiver.received().size())) {
            arrived.add(JSON.readTree(request.body()).get("data").get("membershipId").asText());
        }
        assertThat(arrived).containsExactlyElementsOf(markers);
    }

    @Test
    void severalDispatchersAtOnceSendEveryEventOnceAndEachSubscriptionInOrder() throws Exception {
        String token = fixtures.integrator();
        List<String> paths = List.of("/a", "/b", "/c");
        for (String path : paths) {
            WebhookFixtures.subscribe(token, receiver.url(path), "membership.changed");
        }
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            markers.add(fixtures.membershipChanged());
        }
        ExecutorService instances = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(instances.submit((Callable<Integer>) () -> {
                    start.await();
                    return dispatcher.deliverDue();
                }));
            }
            start.countDown();
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            instances.shutdownNow();
        }
        dispatcher.deliverDue();
        for (String path : paths) {
            List<String> arrived = new ArrayList<>();
            for (WebhookReceiver.Received request : receiver.receivedAt(path)) {
                arrived.add(JSON.readTree(request.body()).get("data").get("membershipId").asText());
            }
            assertThat(arrived).as(path).containsExactlyElementsOf(markers);
        }
    }

    @Test
    void afterARotationBothSecretsSignForADayThenOnlyTheNewOne() {
        String token = fixtures.integrator();
        JsonPath created = WebhookFixtures.subscribe(token, receiver.url("/rotating"), "membership.changed");
        String id = created.getString("subscription.id");
        String oldSecret = created.getString("secret");
        JsonPath rotated = given().auth().oauth2(token).when().post(WebhookFixtures.BASE + "/" + id + "/rotate-secret")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("subscription.previousSecretValidUntil", notNullValue()).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

        fixtures.membershipChanged();
        dispatcher.deliverDue();
        WebhookReceiver.Received during = receiver.received().get(0);
        assertThat(WebhookFixtures.signatures(during)).containsExactly(
                WebhookFixtures.expectedSignature(newSecret, during), WebhookFixtures.expectedSignature(oldSecret, during));

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        fixtures.membershipChanged();
        dispatcher.deliverDue();
        WebhookReceiver.Received after = receiver.received().get(1);
        assertThat(WebhookFixtures.signatures(after)).containsExactly(WebhookFixtures.expectedSignature(newSecret, after));
        given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + id)
                .then().statusCode(200).body("previousSecretValidUntil", nullValue());
    }

    @Test
    void aSubscriptionFailingForFiveDaysIsDisabledSaysWhyAndResumesWhenEnabled() {
        String token = fixtures.integrator();
        String id = WebhookFixtures.subscribe(token, receiver.url("/down"), "membership.changed")
                .getString("subscription.id");
        for (int i = 0; i < 3; i++) {
            fixtures.membershipChanged();
        }
        receiver.answerAlways(500);
        Instant firstFailure = clock.instant();
        for (int round = 0; round < 14; round++) {
            dispatcher.deliverDue();
            clock.advance(Duration.ofHours(10).plusMinutes(1));
        }
        JsonPath disabled = given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + id)
                .then().statusCode(200).body("status", equalTo("disabled")).body("disabledReason", equalTo("failing"))
                .extract().jsonPath();
        assertThat(Instant.parse(disabled.getString("failingSince"))).isBetween(firstFailure.minusSeconds(1),
                firstFailure.plusSeconds(5));
        assertThat(Instant.parse(disabled.getString("disabledAt")))
                .isAfterOrEqualTo(Instant.parse(disabled.getString("failingSince")).plus(Duration.ofDays(5)));
        int attemptsWhenDisabled = receiver.received().size();
        dispatcher.deliverDue();
        assertThat(receiver.received()).as("a disabled subscription gets nothing").hasSize(attemptsWhenDisabled);

        receiver.answerAlways(204);
        String etag = given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + id).then().extract().header("ETag");
        given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON).body("{\"enabled\": true}")
                .when().patch(WebhookFixtures.BASE + "/" + id)
                .then().statusCode(200).body("status", equalTo("enabled")).body("disabledReason", nullValue())
                .body("failingSince", nullValue());
        dispatcher.deliverDue();
        given().auth().oauth2(token).queryParam("status", "pending").when().get(WebhookFixtures.BASE + "/" + id + "/deliveries")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aChangeRolledBackLeavesNoEventBehind() {
        WebhookFixtures.subscribe(fixtures.integrator(), receiver.url("/rollback"), "membership.changed");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                fixtures.raiseInCurrentTransaction();
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        dispatcher.deliverDue();
        assertThat(receiver.received()).isEmpty();
    }

    private static JsonPath deliveries(String token, String subscription) {
        return given().auth().oauth2(token).when().get(WebhookFixtures.BASE + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }
}
