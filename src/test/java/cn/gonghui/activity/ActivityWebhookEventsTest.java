package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.freshDay;
import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.register;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each registration's change is recorded for webhook subscribers with the change itself: ids and status only. */
@QuarkusTest
class ActivityWebhookEventsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager entityManager;

    @Test
    void signUpsAWithdrawalAndThePromotionItCausesAreEventsNamingTheRegistrationAndItsStatus() {
        UUID subscription = subscribe();
        try {
            String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
            String activity = published(officer, request("desheng", freshDay(), 1, 1));
            TestAccounts.SignedIn first = TestAccounts.newMember();
            String confirmed = register(first, activity).then().statusCode(201).extract().path("id");
            String waiting = register(TestAccounts.newMember(), activity).then().statusCode(201).extract().path("id");
            given().auth().oauth2(first.accessToken()).when().delete("/api/v1/me/activity-registrations/" + confirmed)
                    .then().statusCode(200);

            assertThat(dataFor(subscription)).containsExactly(
                    data(activity, confirmed, "confirmed"), data(activity, waiting, "waitlisted"),
                    data(activity, confirmed, "withdrawn"), data(activity, waiting, "confirmed"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "DELETE FROM webhook_subscriptions WHERE id = :id").setParameter("id", subscription).executeUpdate());
        }
    }

    private static String data(String activity, String registration, String status) {
        return activity + " " + registration + " " + status;
    }

    private UUID subscribe() {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO webhook_subscriptions (id, owner_client_id, url, event_types, status, secret_cipher,
                                                           created_at, updated_at)
                        VALUES (:id, 'activity-test', 'http://127.0.0.1:9/', ARRAY['activity.registration_changed'],
                                'enabled', 'unused', :now, :now)""")
                .setParameter("id", id).setParameter("now", TestClock.current()).executeUpdate());
        return id;
    }

    /** The activity, registration and status of the events recorded for the subscription, in their order. */
    @SuppressWarnings("unchecked")
    private List<String> dataFor(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT concat_ws(' ', d2 ->> 'activityId', d2 ->> 'registrationId', d2 ->> 'status')
                          FROM webhook_deliveries d
                          JOIN webhook_events e ON e.id = d.event_id
                          CROSS JOIN LATERAL (SELECT CAST(e.body AS jsonb) -> 'data' AS d2) data
                         WHERE d.subscription_id = :id ORDER BY d.seq""")
                .setParameter("id", subscription).getResultList())
                .stream().map(String.class::cast).toList();
    }
}
