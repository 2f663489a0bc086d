package cn.gonghui.integration.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An integrator manages its own subscriptions: secrets shown once, URLs held to the SSRF guard, others' unseen. */
@QuarkusTest
class WebhookSubscriptionsTest {

    private static final String BASE = WebhookFixtures.BASE;
    private static final String LOCAL = "http://127.0.0.1:9/hooks";

    @Inject
    WebhookFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    WebhookDispatcher dispatcher;

    @AfterEach
    void cleanUp() {
        fixtures.deleteEverySubscription();
    }

    @Test
    void subscribingAnswersTheSecretOnceAndTheSubscriptionWithoutIt() {
        String token = fixtures.integrator();
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\": \"" + LOCAL + "\", \"eventTypes\": [\"card_order.created\", \"card_order.created\", "
                        + "\"application.status_changed\"], \"description\": \"北京银行 制卡系统\"}")
                .when().post(BASE)
                .then().statusCode(201).header("Location", matchesPattern(".*" + BASE + "/[0-9a-f-]{36}$"))
                .header("ETag", "\"0\"").header("Cache-Control", "no-store")
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"))
                .body("subscription.status", equalTo("enabled"))
                .body("subscription.eventTypes", contains("card_order.created", "application.status_changed"))
                .extract().jsonPath();
        String id = created.getString("subscription.id");
        given().auth().oauth2(token).when().get(BASE + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("url", equalTo(LOCAL))
                .body("description", equalTo("北京银行 制卡系统")).body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        given().auth().oauth2(token).when().get(BASE)
                .then().statusCode(200).body("items.id", contains(id)).body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOnceAndAnotherBodyIsRefused() {
        String token = fixtures.integrator();
        String body = "{\"url\": \"" + LOCAL + "\", \"eventTypes\": [\"membership.changed\"]}";
        String first = given().auth().oauth2(token).header("Idempotency-Key", "sub-1").contentType(ContentType.JSON)
                .body(body).when().post(BASE).then().statusCode(201).extract().path("subscription.id");
        given().auth().oauth2(token).header("Idempotency-Key", "sub-1").contentType(ContentType.JSON)
                .body(body).when().post(BASE).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("subscription.id", equalTo(first));
        given().auth().oauth2(token).header("Idempotency-Key", "sub-1").contentType(ContentType.JSON)
                .body("{\"url\": \"" + LOCAL + "\", \"eventTypes\": [\"card_order.created\"]}").when().post(BASE)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(token).when().get(BASE).then().body("items.size()", equalTo(1));
    }

    @Test
    void urlsThatLeadInsideOrAreNotHttpsAreRefused() {
        String token = fixtures.integrator();
        for (String[] refused : List.of(
                new String[] {"http://example.com/hooks", "HTTPS_REQUIRED"},
                new String[] {"https://10.1.2.3/hooks", "ADDRESS_NOT_PUBLIC"},
                new String[] {"https://192.168.0.10/hooks", "ADDRESS_NOT_PUBLIC"},
                new String[] {"https://169.254.169.254/latest/meta-data", "ADDRESS_NOT_PUBLIC"},
                new String[] {"https://100.100.100.200/latest/meta-data", "ADDRESS_NOT_PUBLIC"},
                new String[] {"https://[fd00:ec2::254]/", "ADDRESS_NOT_PUBLIC"},
                new String[] {"https://user:pw@example.com/hooks", "URL_MALFORMED"},
                new String[] {"ftp://example.com/hooks", "URL_MALFORMED"})) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"url\": \"" + refused[0] + "\", \"eventTypes\": [\"membership.changed\"]}")
                    .when().post(BASE)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("WEBHOOK_URL_NOT_ALLOWED"))
                    .body("errors[0].field", equalTo("url")).body("errors[0].code", equalTo(refused[1]));
        }
        given().auth().oauth2(token).when().get(BASE).then().body("items.size()", equalTo(0));
    }

    @Test
    void anUnknownEventTypeIsABadRequest() {
        given().auth().oauth2(fixtures.integrator()).contentType(ContentType.JSON)
                .body("{\"url\": \"" + LOCAL + "\", \"eventTypes\": [\"member.created\"]}")
                .when().post(BASE)
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("eventTypes"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String token = fixtures.integrator();
        String id = WebhookFixtures.subscribe(token, LOCAL, "membership.changed").getString("subscription.id");
        String path = BASE + "/" + id;
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().patch(path).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"enabled\": false, \"eventTypes\": [\"card_order.status_changed\"]}")
                .when().patch(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("disabled")).body("disabledReason", equalTo("owner"))
                .body("disabledAt", notNullValue()).body("eventTypes", contains("card_order.status_changed"));
        given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"enabled\": true}")
                .when().patch(path).then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        given().auth().oauth2(token).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"url\": \"https://172.16.0.1/hooks\"}")
                .when().patch(path).then().statusCode(422).body("code", equalTo("WEBHOOK_URL_NOT_ALLOWED"));
    }

    @Test
    void anotherClientsSubscriptionIsNotFoundAndADeletedOneIsGone() {
        String owner = fixtures.integrator();
        String id = WebhookFixtures.subscribe(owner, LOCAL, "membership.changed").getString("subscription.id");
        String other = fixtures.integrator();
        given().auth().oauth2(other).when().get(BASE + "/" + id)
                .then().statusCode(404).body("code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
        given().auth().oauth2(other).when().get(BASE).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(other).when().delete(BASE + "/" + id).then().statusCode(404);
        fixtures.membershipChanged();
        given().auth().oauth2(owner).when().delete(BASE + "/" + id).then().statusCode(204);
        given().auth().oauth2(owner).when().get(BASE + "/" + id).then().statusCode(404);
    }

    @Test
    void aDeliveredOrFailedDeliveryIsSentAgainWithItsWebhookIdAndAPendingOneIsOnItsWay() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String token = fixtures.integrator();
            String id = WebhookFixtures.subscribe(token, receiver.url("/again"), "membership.changed")
                    .getString("subscription.id");
            fixtures.membershipChanged();
            String delivery = given().auth().oauth2(token).when().get(BASE + "/" + id + "/deliveries")
                    .then().statusCode(200).body("items[0].status", equalTo("pending")).extract().path("items[0].id");
            given().auth().oauth2(token).when().post(BASE + "/" + id + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(409).body("code", equalTo("WEBHOOK_DELIVERY_PENDING"))
                    .body("nextAttemptAt", notNullValue());
            dispatcher.deliverDue();
            given().auth().oauth2(token).queryParam("status", "delivered").when().get(BASE + "/" + id + "/deliveries")
                    .then().statusCode(200).body("items.id", hasItem(delivery))
                    .body("items[0].eventType", equalTo("membership.changed"));
            given().auth().oauth2(token).when().post(BASE + "/" + id + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(202).body("status", equalTo("pending")).body("attempts", equalTo(0));
            dispatcher.deliverDue();
            assertThat(receiver.received()).hasSize(2);
            assertThat(receiver.received().get(1).id()).isEqualTo(receiver.received().get(0).id());
            given().auth().oauth2(token).when().post(BASE + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                    .then().statusCode(404).body("code", equalTo("WEBHOOK_DELIVERY_NOT_FOUND"));
        }
    }

    /** Every operation: 401 without a token, 403 without the scope, 400 for a parameter it does not take, 404 for an unknown id. */
    @Test
    void everyOperationRefusesStrangersOtherScopesUnknownParametersAndUnknownIds() {
        String token = fixtures.integrator();
        String bank = TestAccounts.integratorToken(accounts.integrator("cards:issue"));
        String id = WebhookFixtures.subscribe(token, LOCAL, "membership.changed").getString("subscription.id");
        String unknown = UUID.randomUUID().toString();
        record Call(String method, String path, String body) {
        }
        Function<String, List<Call>> calls = subscription -> List.of(
                new Call("POST", BASE, "{\"url\": \"" + LOCAL + "\", \"eventTypes\": [\"membership.changed\"]}"),
                new Call("GET", BASE, null),
                new Call("GET", BASE + "/" + subscription, null),
                new Call("PATCH", BASE + "/" + subscription, "{\"description\": \"x\"}"),
                new Call("DELETE", BASE + "/" + subscription, null),
                new Call("POST", BASE + "/" + subscription + "/rotate-secret", null),
                new Call("GET", BASE + "/" + subscription + "/deliveries", null),
                new Call("POST", BASE + "/" + subscription + "/deliveries/" + UUID.randomUUID() + "/redeliver", null));
        for (Call call : calls.apply(id)) {
            send(given(), call.method(), call.path(), call.body()).then().statusCode(401);
            send(given().auth().oauth2(bank), call.method(), call.path(), call.body())
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            send(given().auth().oauth2(token).header("If-Match", "*").queryParam("colour", "red"), call.method(),
                    call.path(), call.body())
                    .then().statusCode(400).body("code", equalTo("UNKNOWN_QUERY_PARAMETER"));
        }
        for (Call call : calls.apply(unknown).subList(2, 8)) {
            send(given().auth().oauth2(token).header("If-Match", "*"), call.method(), call.path(), call.body())
                    .then().statusCode(404).body("code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
        }
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path,
            String body) {
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path);
    }
}
