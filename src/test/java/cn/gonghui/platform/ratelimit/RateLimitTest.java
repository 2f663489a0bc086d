package cn.gonghui.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The limits as a caller meets them, with small ones: sign-in by address, reads per caller, a 429
 * with Retry-After once the bucket is empty, and one budget however many instances share it.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    static final long SIGN_IN = 6;
    static final long READ = 5;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // an hour's period: a token comes back every ten minutes at the earliest, never during the test
            return Map.of("gonghui.rate-limits.sign-in.capacity", Long.toString(SIGN_IN),
                    "gonghui.rate-limits.sign-in.period", "1h",
                    "gonghui.rate-limits.read.capacity", Long.toString(READ),
                    "gonghui.rate-limits.read.period", "1h");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitSettings settings;

    @Inject
    RateLimiter limiter;

    @AfterAll
    static void emptyTheBuckets() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM rate_limit_buckets");
        }
    }

    @Test
    void signingInFromOneAddressStopsAtTheLimitWithWhenToRetry() {
        long previous = Long.MAX_VALUE;
        Response answer = null;
        for (int attempt = 1; attempt <= SIGN_IN + 1; attempt++) {
            answer = given().contentType(ContentType.JSON)
                    .body("{\"username\": \"nobody-" + attempt + "\", \"password\": \"wrong password\"}")
                    .when().post("/api/v1/auth/officer/session");
            if (answer.statusCode() == 429) {
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.header("RateLimit-Limit")).isEqualTo(Long.toString(SIGN_IN));
            long remaining = Long.parseLong(answer.header("RateLimit-Remaining"));
            assertThat(remaining).isLessThan(previous);
            previous = remaining;
        }
        answer.then().statusCode(429).contentType("application/problem+json");
        assertThat(answer.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(answer.header("Retry-After"))).as("a token every ten minutes").isBetween(1L, 600L);
        assertThat(answer.header("RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void readsAreCountedPerCallerAndEveryInstanceSharesTheBudget() {
        TestAccounts.SignedIn alice = TestAccounts.newMember();
        TestAccounts.SignedIn bob = TestAccounts.newMember();
        for (int read = 1; read <= READ; read++) {
            given().auth().oauth2(alice.accessToken()).when().get("/api/v1/me/applications")
                    .then().statusCode(200).header("RateLimit-Remaining", Long.toString(READ - read));
        }
        Response limited = given().auth().oauth2(alice.accessToken()).when().get("/api/v1/me/applications");
        limited.then().statusCode(429);
        assertThat(limited.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        given().auth().oauth2(bob.accessToken()).when().get("/api/v1/me/applications").then().statusCode(200);

        // another instance on the same database: the same bucket, still empty for alice, bob's one token spent
        RateLimiter anotherInstance = new RateLimiter(dataSource, settings);
        ConsumptionProbe alicesNext = anotherInstance.take(RouteGroup.READ, "id:" + alice.memberId());
        assertThat(alicesNext.isConsumed()).isFalse();
        ConsumptionProbe bobsNext = anotherInstance.take(RouteGroup.READ, "id:" + bob.memberId());
        assertThat(bobsNext.isConsumed()).isTrue();
        assertThat(bobsNext.getRemainingTokens()).isEqualTo(READ - 2);
    }

    @Test
    void aCallersConcurrentRequestsAreBatchedAndTakeExactlyTheTokensThereAre() throws Exception {
        int callers = (int) READ * 4;
        String caller = "ip:192.0.2." + System.nanoTime() % 200;
        ExecutorService phones = Executors.newFixedThreadPool(callers);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<ConsumptionProbe>> takes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                takes.add(phones.submit(() -> {
                    together.await();
                    return limiter.take(RouteGroup.READ, caller);
                }));
            }
            together.countDown();
            List<ConsumptionProbe> probes = new ArrayList<>();
            for (Future<ConsumptionProbe> take : takes) {
                probes.add(take.get(30, TimeUnit.SECONDS));
            }
            assertThat(probes.stream().filter(ConsumptionProbe::isConsumed)).hasSize((int) READ);
            assertThat(probes.stream().filter(ConsumptionProbe::isConsumed).map(ConsumptionProbe::getRemainingTokens))
                    .as("each granted request saw its own place in the bucket")
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(0, READ).boxed().toList());
        } finally {
            phones.shutdownNow();
        }
        assertThat(new RateLimiter(dataSource, settings).take(RouteGroup.READ, caller).isConsumed())
                .as("the row in PostgreSQL holds what the batch took").isFalse();
    }

    /** A batch is not what creates a bucket: the first requests of new callers arriving together still get an answer. */
    @Test
    void newCallersArrivingTogetherEachGetTheirFirstTokens() throws Exception {
        int together = 8;
        ExecutorService phones = Executors.newFixedThreadPool(together);
        try {
            for (int round = 0; round < 10; round++) {
                String caller = "ip:198.51.100." + round + "-" + System.nanoTime();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ConsumptionProbe>> takes = new ArrayList<>();
                for (int i = 0; i < together; i++) {
                    takes.add(phones.submit(() -> {
                        start.await();
                        return limiter.take(RouteGroup.SIGN_IN, caller);
                    }));
                }
                start.countDown();
                long granted = 0;
                for (Future<ConsumptionProbe> take : takes) {
                    granted += take.get(30, TimeUnit.SECONDS).isConsumed() ? 1 : 0;
                }
                assertThat(granted).as("a new caller's bucket is full").isEqualTo(Math.min(together, SIGN_IN));
            }
        } finally {
            phones.shutdownNow();
        }
    }

    @Test
    void theVerificationKeysAreReadWithinTheReadLimitOfTheAddress() {
        Response answer = null;
        for (int read = 1; read <= READ + 1; read++) {
            answer = given().when().get("/.well-known/jwks.json");
            if (answer.statusCode() == 429) {
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("RateLimit-Limit")).isEqualTo(Long.toString(READ));
        }
        answer.then().statusCode(429).contentType("application/problem+json");
        assertThat(answer.header("Retry-After")).isNotBlank();
    }

    @Test
    void routesFallIntoTheirGroups() {
        assertThat(RouteGroup.of("POST", "/api/v1/auth/wechat/session")).contains(RouteGroup.SIGN_IN);
        assertThat(RouteGroup.of("POST", "/api/v1/oauth/token")).contains(RouteGroup.SIGN_IN);
        assertThat(RouteGroup.of("GET", "/api/v1/integrations/webhook-subscriptions")).contains(RouteGroup.INTEGRATION);
        assertThat(RouteGroup.of("PATCH", "/api/v1/admin/officers/1")).contains(RouteGroup.WRITE);
        assertThat(RouteGroup.of("GET", "/api/v1/streets")).contains(RouteGroup.READ);
        assertThat(RouteGroup.of("GET", "/q/health/ready")).isEmpty();
        assertThat(RouteGroup.of("GET", "/.well-known/jwks.json")).as("the verification keys are a public read")
                .contains(RouteGroup.READ);
    }
}
