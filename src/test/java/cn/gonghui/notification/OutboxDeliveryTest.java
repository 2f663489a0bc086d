package cn.gonghui.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox reaches WeChat at least once, never twice at a time, and gives up politely. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    OutboxDelivery delivery;

    @Inject
    EntityManager entityManager;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        drain();
    }

    @Test
    void aPendingMessageIsSentOnce() {
        UUID member = TestAccounts.newMember().memberId();
        UUID row = enqueue(member, "test-template", "outbox-once");
        drain();
        assertThat(status(row)).isEqualTo("sent");
        assertThat(deliveredWithMarker("outbox-once")).isEqualTo(1);
    }

    @Test
    void aMemberWhoDidNotSubscribeIsRecordedAndNotRetried() {
        UUID member = TestAccounts.signIn("dev-unsubscribed-" + UUID.randomUUID().toString().substring(0, 8)).memberId();
        UUID row = enqueue(member, "test-template", "outbox-unsubscribed");
        drain();
        assertThat(status(row)).isEqualTo("not_subscribed");
        assertThat(deliveredWithMarker("outbox-unsubscribed")).isZero();
    }

    @Test
    void failuresAreRetriedWithGrowingPausesThenGivenUp() {
        UUID member = TestAccounts.newMember().memberId();
        UUID row = enqueue(member, "dev-error-40003", "outbox-failing");
        Instant first = clock.instant();
        delivery.deliverDue();
        assertThat(status(row)).isEqualTo("pending");
        assertThat(nextAttempt(row)).isBetween(first.plusSeconds(29), first.plusSeconds(40));
        assertThat(delivery.deliverDue()).as("not due before its pause").isZero();

        clock.advance(Duration.ofSeconds(31));
        Instant second = clock.instant();
        delivery.deliverDue();
        assertThat(nextAttempt(row)).as("the pause doubles").isBetween(second.plusSeconds(59), second.plusSeconds(70));

        for (int attempt = 3; attempt <= 8; attempt++) {
            clock.advance(Duration.ofHours(3));
            delivery.deliverDue();
        }
        assertThat(status(row)).isEqualTo("failed");
        assertThat(attempts(row)).isEqualTo(8);
    }

    @Test
    void twoInstancesDeliveringAtOnceNeverSendTheSameMessageTwice() throws Exception {
        UUID member = TestAccounts.newMember().memberId();
        for (int i = 0; i < 30; i++) {
            enqueue(member, "test-template", "outbox-race");
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                rounds.add(instances.submit((Callable<Integer>) delivery::deliverDue));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            instances.shutdownNow();
        }
        drain();
        assertThat(deliveredWithMarker("outbox-race")).isEqualTo(30);
    }

    private void drain() {
        while (delivery.deliverDue() > 0) {
            // until nothing is due
        }
    }

    private UUID enqueue(UUID member, String template, String marker) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO notification_outbox (id, member_id, event, template_id, page, payload, status,
                                                         attempts, next_attempt_at, created_at)
                        VALUES (:id, :member, 'accepted', :template, 'pages/index', CAST(:payload AS jsonb), 'pending', 0,
                                :now, :now)""")
                .setParameter("id", id).setParameter("member", member).setParameter("template", template)
                .setParameter("payload", "{\"thing1\": \"" + marker + "\", \"character_string2\": \"" + id + "\"}")
                .setParameter("now", clock.instant())
                .executeUpdate());
        return id;
    }

    private String status(UUID row) {
        return (String) column(row, "status");
    }

    private int attempts(UUID row) {
        return ((Number) column(row, "attempts")).intValue();
    }

    private Instant nextAttempt(UUID row) {
        return (Instant) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT next_attempt_at FROM notification_outbox WHERE id = :id", Instant.class)
                .setParameter("id", row).getSingleResult());
    }

    private Object column(UUID row, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT " + column + " FROM notification_outbox WHERE id = :id").setParameter("id", row).getSingleResult());
    }

    private static long deliveredWithMarker(String marker) {
        List<String> values = given().when().get("/dev/fake-wechat/delivered").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.data.thing1.value == '" + marker + "' }.touser");
        return values.size();
    }
}
