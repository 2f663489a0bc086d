package cn.gonghui.integration.webhook;

import static io.restassured.RestAssured.given;

import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.event.IntegrationEvents;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Integrators with webhooks:manage, their subscriptions, events raised as a capability would, and cleaning up. */
@ApplicationScoped
class WebhookFixtures {

    static final String BASE = "/api/v1/integrations/webhook-subscriptions";

    private final TestAccounts accounts;
    private final IntegrationEvents events;
    private final EntityManager entityManager;

    WebhookFixtures(TestAccounts accounts, IntegrationEvents events, EntityManager entityManager) {
        this.accounts = accounts;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** A token of a new integrator client with webhooks:manage. */
    String integrator() {
        return TestAccounts.integratorToken(accounts.integrator("webhooks:manage"));
    }

    /** Subscribes and answers the created subscription with its secret. */
    static JsonPath subscribe(String token, String url, String... eventTypes) {
        String types = Arrays.stream(eventTypes).map(type -> "\"" + type + "\"").collect(Collectors.joining(", "));
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [" + types + "], \"description\": \"测试接收方\"}")
                .when().post(BASE)
                .then().statusCode(201).extract().jsonPath();
    }

    /** A membership event, raised in its own transaction as a capability's change would; answers its marker id. */
    String membershipChanged() {
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> events.raise(IntegrationEvent.MEMBERSHIP_CHANGED,
                Map.of("membershipId", marker, "memberId", marker, "streetId", marker, "change", "joined",
                        "status", "active")));
        return marker;
    }

    /** A membership event in the caller's transaction. */
    void raiseInCurrentTransaction() {
        String marker = UUID.randomUUID().toString();
        events.raise(IntegrationEvent.MEMBERSHIP_CHANGED, Map.of("membershipId", marker, "memberId", marker,
                "streetId", marker, "change", "joined", "status", "active"));
    }

    /** Every subscription a test made goes, so that the next test's events reach only its own. */
    void deleteEverySubscription() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM webhook_deliveries").executeUpdate();
            entityManager.createNativeQuery("DELETE FROM webhook_subscriptions").executeUpdate();
        });
    }

    /** The signature a receiver computes with the secret, as Standard Webhooks says. */
    static String expectedSignature(String secret, WebhookReceiver.Received request) {
        try {
            byte[] key = java.util.Base64.getDecoder().decode(secret.substring("whsec_".length()));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            String signed = request.id() + "." + request.timestamp() + "." + request.body();
            return "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> signatures(WebhookReceiver.Received request) {
        return List.of(request.signature().split(" "));
    }
}
