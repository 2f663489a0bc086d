package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.ADMIN;
import static cn.gonghui.activity.ActivityFixtures.DESHENG_STATION;
import static cn.gonghui.activity.ActivityFixtures.JINRONGJIE_STATION;
import static cn.gonghui.activity.ActivityFixtures.MINE;
import static cn.gonghui.activity.ActivityFixtures.PUBLIC;
import static cn.gonghui.activity.ActivityFixtures.at;
import static cn.gonghui.activity.ActivityFixtures.freshDay;
import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.register;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members sign up for a place, wait their turn, and give it up; the waiting list moves up in order. */
@QuarkusTest
class ActivitySignUpTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ActivityFixtures fixtures;

    @Inject
    TestClock clock;

    String officer;

    @BeforeEach
    void officer() {
        officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void placesAreConfirmedThenTheWaitingListFillsInOrderThenTheActivityIsFull() {
        String id = published(officer, request("desheng", freshDay(), 2, 2));
        TestAccounts.SignedIn[] members = new TestAccounts.SignedIn[5];
        for (int i = 0; i < members.length; i++) {
            members[i] = TestAccounts.newMember();
        }
        var confirmed = register(members[0], id);
        confirmed.then().statusCode(201).body("status", equalTo("confirmed"))
                .body("waitlistPosition", nullValue()).body("activityId", equalTo(id))
                .header("Location", endsWith(MINE + "/" + confirmed.path("id")));
        register(members[1], id).then().statusCode(201).body("status", equalTo("confirmed"));
        register(members[2], id).then().statusCode(201).body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(1));
        register(members[3], id).then().statusCode(201).body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(2));
        register(members[4], id).then().statusCode(409).body("code", equalTo("ACTIVITY_FULL"));

        given().auth().oauth2(members[3].accessToken()).when().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("remainingPlaces", equalTo(0)).body("waitlistLength", equalTo(2)).body("remainingWaitlist", equalTo(0))
                .body("registered", equalTo(true)).body("myRegistration.status", equalTo("waitlisted"))
                .body("myRegistration.waitlistPosition", equalTo(2));
        // anyone may read it without a token, but a token that is not valid is refused, never ignored
        given().when().get(PUBLIC + "/" + id).then().statusCode(200).body("registered", org.hamcrest.Matchers.equalTo(false));
        given().auth().oauth2("not-a-token").when().get(PUBLIC + "/" + id).then().statusCode(401)
                .body("code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(members[4].accessToken()).when().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("registered", equalTo(false)).body("myRegistration", nullValue());
        assertThat(fixtures.counters(id)).containsExactly(2, 2);
    }

    @Test
    void aMemberHoldsOneRegistrationAndARetryWithTheKeyReplaysIt() {
        String id = published(officer, request("desheng", freshDay(), 5, 0));
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String key = "sign-up-" + UUID.randomUUID();
        String first = given().auth().oauth2(member.accessToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{}").when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(201).body("status", equalTo("confirmed")).extract().path("id");
        given().auth().oauth2(member.accessToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{}").when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        register(member, id).then().statusCode(409).body("code", equalTo("ALREADY_REGISTERED"))
                .body("registrationId", equalTo(first));
        given().auth().oauth2(member.accessToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("places", 2)).when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(fixtures.counters(id)).containsExactly(1, 0);
    }

    @Test
    void signUpOpensAtItsInstantAndClosesAtItsOwn() {
        LocalDate day = freshDay();
        Instant opens = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(1));
        Map<String, Object> request = request("desheng", day, 10, 0);
        request.put("signUpOpensAt", opens.toString());
        request.put("signUpClosesAt", closes.toString());
        String id = published(officer, request);
        TestAccounts.SignedIn early = TestAccounts.newMember();
        TestAccounts.SignedIn onTime = TestAccounts.newMember();
        TestAccounts.SignedIn lastSecond = TestAccounts.newMember();
        TestAccounts.SignedIn late = TestAccounts.newMember();

        clock.pinAt(opens.minusSeconds(1));
        register(early, id).then().statusCode(409).body("code", equalTo("SIGN_UP_CLOSED"))
                .body("signUpOpensAt", equalTo(opens.toString())).body("signUpClosesAt", equalTo(closes.toString()));
        clock.pinAt(opens);
        register(onTime, id).then().statusCode(201).body("status", equalTo("confirmed"));
        clock.pinAt(closes.minusMillis(200));
        register(lastSecond, id).then().statusCode(201);
        clock.pinAt(closes);
        register(late, id).then().statusCode(409).body("code", equalTo("SIGN_UP_CLOSED"));
        assertThat(fixtures.counters(id)).containsExactly(2, 0);
    }

    @Test
    void aMembersOnlyActivityRefusesAWorkerWithoutAnActiveMembership() {
        Map<String, Object> request = request("desheng", freshDay(), 10, 0);
        request.put("membersOnly", true);
        request.put("perMemberLimit", 2);
        String id = published(officer, request);

        register(TestAccounts.newMember(), id).then().statusCode(422).body("code", equalTo("NOT_A_MEMBER"));
        TestAccounts.SignedIn member = fixtures.unionMember("desheng");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body(Map.of("places", 3))
                .when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(422).body("code", equalTo("REGISTRATION_INVALID"))
                .body("errors[0].field", equalTo("places")).body("errors[0].code", equalTo("OVER_PER_MEMBER_LIMIT"));
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body(Map.of("places", 2))
                .when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(201).body("places", equalTo(2)).body("status", equalTo("confirmed"));
        assertThat(fixtures.counters(id)).containsExactly(2, 0);
        register(member, UUID.randomUUID().toString()).then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
    }

    @Test
    void givingUpAPlaceConfirmsTheFirstOnTheWaitingListAndTellsThem() {
        String id = published(officer, request("desheng", freshDay(), 1, 5));
        TestAccounts.SignedIn holder = TestAccounts.newMember();
        TestAccounts.SignedIn first = TestAccounts.newMember();
        TestAccounts.SignedIn second = TestAccounts.newMember();
        String held = register(holder, id).then().statusCode(201).extract().path("id");
        String firstInLine = register(first, id).then().statusCode(201).body("waitlistPosition", equalTo(1))
                .extract().path("id");
        register(second, id).then().statusCode(201).body("waitlistPosition", equalTo(2));

        given().auth().oauth2(holder.accessToken()).when().delete(MINE + "/" + held)
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        given().auth().oauth2(first.accessToken()).when().get(MINE + "/" + firstInLine)
                .then().statusCode(200).body("status", equalTo("confirmed")).body("waitlistPosition", nullValue());
        given().auth().oauth2(second.accessToken()).when().get(PUBLIC + "/" + id)
                .then().statusCode(200).body("myRegistration.waitlistPosition", equalTo(1)).body("waitlistLength", equalTo(1));
        assertThat(fixtures.inboxEvents(first.memberId())).containsExactly("activity_promoted");
        assertThat(fixtures.outboxEvents(first.memberId())).containsExactly("activity_promoted");
        assertThat(fixtures.inboxEvents(second.memberId())).isEmpty();
        assertThat(fixtures.counters(id)).containsExactly(1, 1);

        // giving up again answers it as it is; another member's registration is not found
        given().auth().oauth2(holder.accessToken()).when().delete(MINE + "/" + held)
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        given().auth().oauth2(second.accessToken()).when().delete(MINE + "/" + held)
                .then().statusCode(404).body("code", equalTo("REGISTRATION_NOT_FOUND"));
        given().auth().oauth2(second.accessToken()).when().get(MINE + "/" + held)
                .then().statusCode(404).body("code", equalTo("REGISTRATION_NOT_FOUND"));
        given().auth().oauth2(holder.accessToken()).when().get(MINE)
                .then().statusCode(200).body("items.id", contains(held)).body("items[0].status", equalTo("withdrawn"));
    }

    @Test
    void aPlaceIsKeptAfterCancelUntilWhileAWaitingTurnMayGoAnyTime() {
        LocalDate day = freshDay();
        String id = published(officer, request("desheng", day, 1, 1));
        TestAccounts.SignedIn holder = TestAccounts.newMember();
        TestAccounts.SignedIn waiting = TestAccounts.newMember();
        String held = register(holder, id).then().statusCode(201).extract().path("id");
        String turn = register(waiting, id).then().statusCode(201).extract().path("id");

        clock.pinAt(at(day.minusDays(1), 20));
        given().auth().oauth2(holder.accessToken()).when().delete(MINE + "/" + held)
                .then().statusCode(409).body("code", equalTo("CANCELLATION_CLOSED"));
        given().auth().oauth2(waiting.accessToken()).when().delete(MINE + "/" + turn)
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        assertThat(fixtures.counters(id)).containsExactly(1, 0);
    }

    @Test
    void capacityGrowsAndConfirmsTheWaitingListButNeverShrinksBelowTheConfirmed() {
        String id = published(officer, request("desheng", freshDay(), 2, 3));
        for (int i = 0; i < 4; i++) {
            register(TestAccounts.newMember(), id).then().statusCode(201);
        }
        String etag = ActivityFixtures.etag(officer, id);
        ActivityFixtures.patch(officer, id, null, Map.of("capacity", 3)).then().statusCode(428)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
        ActivityFixtures.patch(officer, id, "\"99\"", Map.of("capacity", 3)).then().statusCode(412)
                .body("code", equalTo("VERSION_MISMATCH"));
        ActivityFixtures.patch(officer, id, etag, Map.of("capacity", 1)).then().statusCode(422)
                .body("code", equalTo("ACTIVITY_INVALID")).body("errors[0].field", equalTo("capacity"))
                .body("errors[0].code", equalTo("BELOW_CONFIRMED"));
        String next = ActivityFixtures.patch(officer, id, etag, Map.of("capacity", 3, "title", "职工观影（加座）"))
                .then().statusCode(200).body("capacity", equalTo(3)).body("title", equalTo("职工观影（加座）"))
                .body("remainingPlaces", equalTo(0)).body("waitlistLength", equalTo(1))
                .body("attendance.confirmed", equalTo(3)).body("attendance.waitlisted", equalTo(1))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        ActivityFixtures.patch(officer, id, etag, Map.of("capacity", 4)).then().statusCode(412);
        assertThat(fixtures.counters(id)).containsExactly(3, 1);
        given().auth().oauth2(officer).queryParam("status", "waitlisted").when().get(ADMIN + "/" + id + "/registrations")
                .then().statusCode(200).body("items.waitlistPosition", contains(1));
    }

    @Test
    void callingAnActivityOffTellsEveryoneRegisteredWhy() {
        String id = published(officer, request("desheng", freshDay(), 1, 1));
        TestAccounts.SignedIn confirmed = TestAccounts.newMember();
        TestAccounts.SignedIn waiting = TestAccounts.newMember();
        register(confirmed, id).then().statusCode(201);
        register(waiting, id).then().statusCode(201);

        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", "因天气原因取消"))
                .when().post(ADMIN + "/" + id + "/cancel").then().statusCode(428);
        String etag = ActivityFixtures.etag(officer, id);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"42\"")
                .body(Map.of("reason", "因天气原因取消")).when().post(ADMIN + "/" + id + "/cancel").then().statusCode(412);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", "因天气原因取消")).when().post(ADMIN + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled")).body("cancelReason", equalTo("因天气原因取消"))
                .body("attendance.cancelled", equalTo(2)).body("signUpOpen", equalTo(false));

        assertThat(fixtures.inboxEvents(confirmed.memberId())).containsExactly("activity_cancelled");
        assertThat(fixtures.inboxEvents(waiting.memberId())).containsExactly("activity_cancelled");
        assertThat(fixtures.outboxEvents(waiting.memberId())).containsExactly("activity_cancelled");
        given().auth().oauth2(confirmed.accessToken()).when().get("/api/v1/me/messages").then().statusCode(200)
                .body("items[0].body", org.hamcrest.Matchers.containsString("因天气原因取消"));
        register(TestAccounts.newMember(), id).then().statusCode(409).body("code", equalTo("SIGN_UP_CLOSED"));
        String now = ActivityFixtures.etag(officer, id);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", now)
                .body(Map.of("reason", "再取消一次")).when().post(ADMIN + "/" + id + "/cancel")
                .then().statusCode(409).body("code", equalTo("ACTIVITY_CLOSED"))
                .body("activityStatus", equalTo("cancelled"));
        ActivityFixtures.patch(officer, id, now, Map.of("capacity", 5)).then().statusCode(409)
                .body("code", equalTo("ACTIVITY_CLOSED"));
    }

    @Test
    void thePublicListFiltersByPlaceAndTimeAndPutsTheNearestFirst() {
        LocalDate day = freshDay();
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        Map<String, Object> atDesheng = request("desheng", day, 10, 0);
        atDesheng.put("stationId", DESHENG_STATION);
        String desheng = published(officer, atDesheng);
        Map<String, Object> atJinrongjie = request("jinrongjie", day, 10, 0);
        atJinrongjie.put("stationId", JINRONGJIE_STATION);
        String jinrongjie = published(jinrongjieOfficer, atJinrongjie);
        String nowhere = published(officer, request("desheng", day, 10, 0));
        Map<String, Object> closed = request("desheng", day, 10, 0);
        closed.put("signUpOpensAt", clock.instant().plus(Duration.ofDays(3)).toString());
        String notYetOpen = published(officer, closed);

        // near 德胜 (39.956, 116.3775): 德胜 first, then 金融街, then the one without a location
        given().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("lat", 39.956)
                .queryParam("lng", 116.3775).queryParam("openNow", true).when().get(PUBLIC)
                .then().statusCode(200).body("items.id", contains(desheng, jinrongjie, nowhere))
                .body("items[0].distanceMeters", equalTo(0)).body("items[2].distanceMeters", nullValue());
        String cursor = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("lat", 39.9139).queryParam("lng", 116.3594).queryParam("limit", 2).when().get(PUBLIC)
                .then().statusCode(200).body("items.id", contains(jinrongjie, desheng)).extract().path("nextCursor");
        given().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("lat", 39.9139)
                .queryParam("lng", 116.3594).queryParam("limit", 2).queryParam("cursor", cursor).when().get(PUBLIC)
                .then().statusCode(200).body("items.id", contains(nowhere, notYetOpen)).body("nextCursor", nullValue());
        given().queryParam("streetCode", "jinrongjie").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get(PUBLIC).then().statusCode(200).body("items.id", contains(jinrongjie));
        given().queryParam("districtCode", "xicheng").queryParam("from", day.plusDays(1).toString()).when().get(PUBLIC)
                .then().statusCode(200);
        given().queryParam("lat", 39.9).when().get(PUBLIC).then().statusCode(400)
                .body("errors[0].code", equalTo("REQUIRED_WITH_LAT"));
        given().queryParam("districtCode", "nowhere").when().get(PUBLIC).then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_DISTRICT"));
        given().when().get(PUBLIC + "/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
    }

    @Test
    void onlyMembersSignUpAndSeeTheirRegistrations() {
        String id = published(officer, request("desheng", freshDay(), 10, 0));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").when().post(PUBLIC + "/" + id + "/registrations")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post(PUBLIC + "/" + id + "/registrations").then().statusCode(401);
        given().auth().oauth2(officer).when().get(MINE).then().statusCode(403);
        given().when().get(MINE).then().statusCode(401);
        given().when().get(MINE + "/" + UUID.randomUUID()).then().statusCode(401);
        given().when().delete(MINE + "/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(officer).when().delete(MINE + "/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(officer).when().get(MINE + "/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(officer).when().get(MINE + "/" + UUID.randomUUID() + "/check-in-code").then().statusCode(403);
        given().when().get(MINE + "/" + UUID.randomUUID() + "/check-in-code").then().statusCode(401);
        // an officer reading the public detail is simply not a member registered
        given().auth().oauth2(officer).when().get(PUBLIC + "/" + id).then().statusCode(200).body("registered", equalTo(false));
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body(Map.of("places", 0))
                .when().post(PUBLIC + "/" + id + "/registrations").then().statusCode(400);
        given().auth().oauth2(member.accessToken()).queryParam("limit", 0).when().get(MINE).then().statusCode(400);
        given().auth().oauth2(member.accessToken()).when().delete(MINE + "/not-a-uuid").then().statusCode(400);
    }
}
