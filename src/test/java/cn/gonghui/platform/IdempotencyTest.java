package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.platform.idempotency.IdempotencyKeyExpiry;
import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mobile client retrying a creating request never creates twice. */
@QuarkusTest
class IdempotencyTest {

    private static final String ORDERS = "/test-probe/orders";
    private static final String TEA = "{\"name\": \"tea\", \"count\": 2}";

    @Inject
    TestClock clock;

    @Inject
    IdempotencyKeyExpiry expiry;

    @Inject
    EntityManager entityManager;

    @Inject
    BlindIndex blindIndex;

    @BeforeEach
    void countFromZero() {
        ProbeResource.EXECUTIONS.set(0);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, TEA);
        first.then().statusCode(201);
        Response retry = post(key, TEA);

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(ProbeResource.EXECUTIONS.get()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, TEA).then().statusCode(201);

        post(key, "{\"name\": \"coffee\", \"count\": 2}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(ProbeResource.EXECUTIONS.get()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        given().contentType(ContentType.JSON).body(TEA).post(ORDERS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(TEA).post(ORDERS).then().statusCode(201);
        assertThat(ProbeResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"name\": \"tea\", \"count\": 99}").then().statusCode(400);
        post(key, "{\"name\": \"tea\", \"count\": 1}").then().statusCode(201);
    }

    @Test
    void anUnusableKeyIsA400() {
        post("x".repeat(300), TEA).then().statusCode(400).body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
        post("has space", TEA).then().statusCode(400).body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
    }

    @Test
    void concurrentRetriesCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit((Callable<Response>) () -> post(key, TEA)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.jsonPath().getString("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(ProbeResource.EXECUTIONS.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysAreForgottenAfterTheirRetention() {
        String key = UUID.randomUUID().toString();
        post(key, TEA).then().statusCode(201);
        clock.advance(Duration.ofHours(25));

        assertThat(expiry.purgeExpired()).isGreaterThanOrEqualTo(1);
        post(key, "{\"name\": \"coffee\", \"count\": 2}").then().statusCode(201);
        assertThat(ProbeResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void theKeptFingerprintIsKeyedSoNoBodyCanBeGuessedFromIt() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, TEA).then().statusCode(201);

        String kept = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT fingerprint FROM idempotency_keys WHERE idempotency_key = :key")
                .setParameter("key", key).getSingleResult());
        String request = "POST " + ORDERS + "\n{\"name\":\"tea\",\"count\":2,\"items\":null,\"urgent\":null}";
        String plainHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(request.getBytes(StandardCharsets.UTF_8)));
        assertThat(kept).isNotEqualTo(plainHash).isEqualTo(blindIndex.of("idempotency.request", request));
    }

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(ORDERS);
    }
}
