package cn.gonghui.activity;

import static io.restassured.RestAssured.given;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.ClockProducer;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Activities the way officers publish them and members sign up, for the activity tests. Each
 * activity starts on a day of its own, far in the future, so that a test listing activities
 * filters on that day and sees only its own, whatever the other tests left behind.
 */
@ApplicationScoped
public class ActivityFixtures {

    static final String ADMIN = "/api/v1/admin/activities";
    static final String PUBLIC = "/api/v1/activities";
    static final String MINE = "/api/v1/me/activity-registrations";
    static final String DESHENG_STATION = TestApplications.DESHENG_OUTDOOR_STATION;
    static final String JINRONGJIE_STATION = "01a20144-3af0-7ffb-801d-6ce0be09b8c3";

    private static final AtomicInteger DAYS = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 3000));

    private final EntityManager entityManager;

    public ActivityFixtures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A day no other activity of the run starts on (Beijing), some years ahead. */
    static LocalDate freshDay() {
        return LocalDate.of(2031, 1, 1).plusDays(DAYS.getAndAdd(1 + ThreadLocalRandom.current().nextInt(3)) % 20000);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ClockProducer.BEIJING).toInstant();
    }

    /**
     * A valid request for a street activity on the day, 09:00–11:00 Beijing; sign-up open from an
     * hour ago to the evening before, cancellation until then too.
     */
    static Map<String, Object> request(String streetCode, LocalDate day, int capacity, int waitlist) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "职工观影：《长津湖》");
        request.put("description", "街道工会组织会员观影。\n每人限 1 张。");
        request.put("streetCode", streetCode);
        request.put("place", "街道文体中心 2 层影厅");
        request.put("startsAt", at(day, 9).toString());
        request.put("endsAt", at(day, 11).toString());
        request.put("signUpOpensAt", TestClock.current().minus(Duration.ofHours(1)).toString());
        request.put("signUpClosesAt", at(day.minusDays(1), 20).toString());
        request.put("cancelUntil", at(day.minusDays(1), 20).toString());
        request.put("capacity", capacity);
        request.put("waitlistCapacity", waitlist);
        request.put("membersOnly", false);
        return request;
    }

    static Response publish(String officerToken, Map<String, Object> request) {
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON).body(request).when().post(ADMIN);
    }

    /** Publishes and answers the new activity's id. */
    static String published(String officerToken, Map<String, Object> request) {
        return publish(officerToken, request).then().statusCode(201).extract().path("id");
    }

    static Response register(TestAccounts.SignedIn member, String activityId) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{}")
                .when().post(PUBLIC + "/" + activityId + "/registrations");
    }

    static String etag(String officerToken, String activityId) {
        return given().auth().oauth2(officerToken).when().get(ADMIN + "/" + activityId).then().statusCode(200)
                .extract().header("ETag");
    }

    static Response patch(String officerToken, String activityId, String etag, Map<String, Object> change) {
        var request = given().auth().oauth2(officerToken).contentType(ContentType.JSON).body(change);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().patch(ADMIN + "/" + activityId);
    }

    /** A member of the street with a real name and an active union membership there. */
    TestAccounts.SignedIn unionMember(String streetCode) {
        TestAccounts.SignedIn member = TestApplications.identifiedMember(streetCode);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at,
                                                 updated_at, version)
                        SELECT :id, :member, :number, 'active', name || '街道联合工会', id, :since, :now, :now, 0
                          FROM streets WHERE code = :street""")
                .setParameter("id", Ids.newId()).setParameter("member", member.memberId())
                .setParameter("number", "XC" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)))
                .setParameter("since", LocalDate.of(2025, 3, 1)).setParameter("now", TestClock.current())
                .setParameter("street", streetCode)
                .executeUpdate());
        return member;
    }

    /** The activity's counters as the database holds them: confirmed places, waitlisted places. */
    int[] counters(String activityId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT confirmed_places, waitlisted_places FROM activities WHERE id = :id")
                .setParameter("id", UUID.fromString(activityId)).getSingleResult());
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    /** How many registrations of the activity are in the status, by the database. */
    long registrations(String activityId, String status) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM activity_registrations WHERE activity_id = :id AND status = :status")
                .setParameter("id", UUID.fromString(activityId)).setParameter("status", status).getSingleResult())
                .longValue());
    }

    /** The events of the member's inbox messages, oldest first. */
    java.util.List<String> inboxEvents(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT event FROM member_messages WHERE member_id = :member ORDER BY id", String.class)
                .setParameter("member", memberId).getResultList());
    }

    /** The events of the member's subscribe messages waiting in the outbox. */
    java.util.List<String> outboxEvents(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT event FROM notification_outbox WHERE member_id = :member ORDER BY created_at", String.class)
                .setParameter("member", memberId).getResultList());
    }
}
