package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.ADMIN;
import static cn.gonghui.activity.ActivityFixtures.MINE;
import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.register;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At the door: the member shows a short-lived code, the officer scans it once; afterwards the absent are no-shows. */
@QuarkusTest
class ActivityCheckInTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ActivityFixtures fixtures;

    @Inject
    AttendanceClosing attendance;

    @Inject
    TestClock clock;

    String officer;
    Instant startsAt;

    @BeforeEach
    void anActivityStartingWithinTheHour() {
        officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        startsAt = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String activity(int capacity, int waitlist) {
        Map<String, Object> request = request("desheng", ActivityFixtures.freshDay(), capacity, waitlist);
        request.put("startsAt", startsAt.toString());
        request.put("endsAt", startsAt.plus(Duration.ofHours(2)).toString());
        request.put("signUpClosesAt", startsAt.minus(Duration.ofMinutes(30)).toString());
        request.put("cancelUntil", startsAt.minus(Duration.ofMinutes(30)).toString());
        return published(officer, request);
    }

    static String code(TestAccounts.SignedIn member, String registration) {
        return given().auth().oauth2(member.accessToken()).when().get(MINE + "/" + registration + "/check-in-code")
                .then().statusCode(200).body("expiresAt", notNullValue()).extract().path("code");
    }

    Response scan(String activity, String code) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post(ADMIN + "/" + activity + "/check-ins");
    }

    @Test
    void aCodeChecksInOnceAndAReplayIsRefused() throws Exception {
        String id = activity(5, 0);
        TestAccounts.SignedIn member = fixtures.unionMember("desheng");
        String registration = register(member, id).then().statusCode(201).extract().path("id");
        String code = code(member, registration);

        List<Response> scans = AtOnce.run(() -> scan(id, code), () -> scan(id, code));
        assertThat(scans).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response checkedIn = scans.stream().filter(scan -> scan.statusCode() == 200).findFirst().orElseThrow();
        checkedIn.then().body("status", equalTo("checked_in")).body("memberName", equalTo("测**"))
                .body("checkedInAt", notNullValue());
        scans.stream().filter(scan -> scan.statusCode() == 409).findFirst().orElseThrow()
                .then().body("code", equalTo("ALREADY_CHECKED_IN"));
        scan(id, code).then().statusCode(409).body("code", equalTo("ALREADY_CHECKED_IN"));
        given().auth().oauth2(member.accessToken()).when().get(MINE + "/" + registration + "/check-in-code")
                .then().statusCode(409).body("code", equalTo("ALREADY_CHECKED_IN"));
        assertThat(fixtures.registrations(id, "checked_in")).isEqualTo(1);
    }

    @Test
    void anExpiredForgedOrForeignCodeIsRefused() {
        String id = activity(5, 0);
        String other = activity(5, 0);
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String registration = register(member, id).then().statusCode(201).extract().path("id");
        String code = code(member, registration);

        scan(other, code).then().statusCode(422).body("code", equalTo("CHECK_IN_CODE_INVALID"));
        String forged = code.substring(0, code.indexOf('.') + 1) + "q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE";
        scan(id, forged).then().statusCode(422).body("code", equalTo("CHECK_IN_CODE_INVALID"));
        scan(id, "not a code").then().statusCode(400);
        clock.advance(Duration.ofMinutes(3));
        scan(id, code).then().statusCode(422).body("code", equalTo("CHECK_IN_CODE_EXPIRED"));
        scan(id, code(member, registration)).then().statusCode(200);
    }

    @Test
    void aWaitingTurnHasNoCodeAndCheckInOpensTwoHoursBeforeTheStart() {
        startsAt = startsAt.plus(Duration.ofHours(5));
        String id = activity(1, 1);
        TestAccounts.SignedIn holder = TestAccounts.newMember();
        TestAccounts.SignedIn waiting = TestAccounts.newMember();
        String held = register(holder, id).then().statusCode(201).extract().path("id");
        String turn = register(waiting, id).then().statusCode(201).extract().path("id");

        given().auth().oauth2(waiting.accessToken()).when().get(MINE + "/" + turn + "/check-in-code")
                .then().statusCode(409).body("code", equalTo("REGISTRATION_NOT_CONFIRMED"))
                .body("registrationStatus", equalTo("waitlisted"));
        given().auth().oauth2(waiting.accessToken()).when().get(MINE + "/" + held + "/check-in-code")
                .then().statusCode(404).body("code", equalTo("REGISTRATION_NOT_FOUND"));
        scan(id, code(holder, held)).then().statusCode(409).body("code", equalTo("CHECK_IN_NOT_OPEN"))
                .body("checkInOpensAt", equalTo(startsAt.minus(Duration.ofHours(2)).toString()));
        clock.pinAt(startsAt.minus(Duration.ofHours(2)));
        scan(id, code(holder, held)).then().statusCode(200);
    }

    @Test
    void afterTheActivityTheAbsentAreNoShowsAndTheCountsSaySo() {
        String id = activity(3, 0);
        TestAccounts.SignedIn came = TestAccounts.newMember();
        TestAccounts.SignedIn absent = TestAccounts.newMember();
        TestAccounts.SignedIn gaveUp = TestAccounts.newMember();
        String cameIn = register(came, id).then().statusCode(201).extract().path("id");
        String absentOne = register(absent, id).then().statusCode(201).extract().path("id");
        String givenUp = register(gaveUp, id).then().statusCode(201).extract().path("id");
        given().auth().oauth2(gaveUp.accessToken()).when().delete(MINE + "/" + givenUp).then().statusCode(200);
        scan(id, code(came, cameIn)).then().statusCode(200);

        clock.pinAt(startsAt.plus(Duration.ofHours(2)));
        assertThat(attendance.closeEnded()).isGreaterThanOrEqualTo(1);
        assertThat(attendance.closeEnded()).isZero();

        given().auth().oauth2(officer).when().get(ADMIN + "/" + id).then().statusCode(200)
                .body("attendance.checkedIn", equalTo(1)).body("attendance.noShow", equalTo(1))
                .body("attendance.withdrawn", equalTo(1)).body("attendance.confirmed", equalTo(0))
                .body("attendance.confirmedPlaces", equalTo(2));
        given().auth().oauth2(officer).when().get(ADMIN + "/" + id + "/registrations").then().statusCode(200)
                .body("items.id", contains(cameIn, absentOne, givenUp))
                .body("items.status", contains("checked_in", "no_show", "withdrawn"));
        given().auth().oauth2(absent.accessToken()).when().get(MINE + "/" + absentOne).then().statusCode(200)
                .body("status", equalTo("no_show"));
        given().auth().oauth2(absent.accessToken()).when().delete(MINE + "/" + absentOne).then().statusCode(409)
                .body("code", equalTo("CANCELLATION_CLOSED"));
        given().auth().oauth2(absent.accessToken()).when().get(MINE + "/" + absentOne + "/check-in-code")
                .then().statusCode(409).body("code", equalTo("ACTIVITY_CLOSED"));
        scan(id, "AZOkrS_wfC2QyXZuY0lSZG4BlKy4T3F_.q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE")
                .then().statusCode(422).body("code", equalTo("CHECK_IN_CODE_INVALID"));
        ActivityFixtures.patch(officer, id, ActivityFixtures.etag(officer, id), Map.of("capacity", 5))
                .then().statusCode(409).body("code", equalTo("ACTIVITY_CLOSED"));
    }

    @Test
    void onlyOfficersScanAndOnlyMembersGetCodes() {
        String id = activity(1, 0);
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "AZOkrS_wfC2QyXZuY0lSZG4BlKy4T3F_.q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE"))
                .when().post(ADMIN + "/" + id + "/check-ins").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "AZOkrS_wfC2QyXZuY0lSZG4BlKy4T3F_.q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE"))
                .when().post(ADMIN + "/" + id + "/check-ins").then().statusCode(401);
        given().auth().oauth2(member.accessToken()).when().get(ADMIN + "/" + id + "/registrations").then().statusCode(403);
        given().when().get(ADMIN + "/" + id + "/registrations").then().statusCode(401);
        given().auth().oauth2(officer).queryParam("status", "gone").when().get(ADMIN + "/" + id + "/registrations")
                .then().statusCode(400);
        given().auth().oauth2(member.accessToken()).when().get(MINE + "/" + java.util.UUID.randomUUID() + "/check-in-code")
                .then().statusCode(404).body("code", equalTo("REGISTRATION_NOT_FOUND"));
        given().auth().oauth2(member.accessToken()).when().get(MINE + "/x/check-in-code").then().statusCode(400);
    }
}
