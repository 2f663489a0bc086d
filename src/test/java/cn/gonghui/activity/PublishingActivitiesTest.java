package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.ADMIN;
import static cn.gonghui.activity.ActivityFixtures.DESHENG_STATION;
import static cn.gonghui.activity.ActivityFixtures.JINRONGJIE_STATION;
import static cn.gonghui.activity.ActivityFixtures.at;
import static cn.gonghui.activity.ActivityFixtures.freshDay;
import static cn.gonghui.activity.ActivityFixtures.publish;
import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Street and district unions publish their activities, and only theirs. */
@QuarkusTest
class PublishingActivitiesTest {

    @Inject
    TestAccounts accounts;

    String desheng;
    String jinrongjie;
    String district;

    @BeforeEach
    void officers() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
    }

    @Test
    void aStreetOfficerPublishesForTheirStreetAtItsStation() {
        LocalDate day = freshDay();
        Map<String, Object> request = request("desheng", day, 30, 5);
        request.put("stationId", DESHENG_STATION);
        request.put("startsAt", "2031-01-01T09:00:00+08:00".replace("2031-01-01", day.toString()));
        Response created = publish(desheng, request);

        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith(ADMIN + "/" + created.path("id")))
                .body("title", equalTo("职工观影：《长津湖》"))
                .body("streetCode", equalTo("desheng"))
                .body("districtCode", equalTo("xicheng"))
                .body("stationId", equalTo(DESHENG_STATION))
                .body("location.lat", equalTo(39.956f))
                .body("startsAt", equalTo(at(day, 9).toString()))
                .body("capacity", equalTo(30)).body("remainingPlaces", equalTo(30))
                .body("waitlistCapacity", equalTo(5)).body("waitlistLength", equalTo(0))
                .body("perMemberLimit", equalTo(1)).body("membersOnly", equalTo(false))
                .body("status", equalTo("published")).body("signUpOpen", equalTo(true))
                .body("attendance.confirmedPlaces", equalTo(0)).body("attendance.checkedIn", equalTo(0))
                .body("cancelledAt", nullValue());
        String id = created.path("id");

        given().auth().oauth2(desheng).when().get(ADMIN + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("place", equalTo("街道文体中心 2 层影厅"));
        given().when().get(ActivityFixtures.PUBLIC + "/" + id)
                .then().statusCode(200).body("title", equalTo("职工观影：《长津湖》"))
                .body("registered", equalTo(false)).body("myRegistration", nullValue());
    }

    @Test
    void aRetryWithTheSameKeyPublishesOnce() {
        Map<String, Object> request = request("desheng", freshDay(), 10, 0);
        String key = "publish-" + java.util.UUID.randomUUID();
        String first = given().auth().oauth2(desheng).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post(ADMIN).then().statusCode(201).extract().path("id");
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post(ADMIN)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        request.put("capacity", 11);
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post(ADMIN)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void anotherStreetsOfficerNeitherPublishesThereNorFindsTheActivity() {
        publish(jinrongjie, request("desheng", freshDay(), 10, 0))
                .then().statusCode(403).body("code", equalTo("ACTIVITY_OUT_OF_REACH"));
        String id = published(desheng, request("desheng", freshDay(), 10, 0));

        given().auth().oauth2(jinrongjie).when().get(ADMIN + "/" + id)
                .then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
        ActivityFixtures.patch(jinrongjie, id, "\"0\"", Map.of("capacity", 20))
                .then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
        given().auth().oauth2(jinrongjie).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "不是我的")).when().post(ADMIN + "/" + id + "/cancel")
                .then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
        given().auth().oauth2(jinrongjie).when().get(ADMIN + "/" + id + "/registrations")
                .then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
        given().auth().oauth2(jinrongjie).contentType(ContentType.JSON)
                .body(Map.of("code", "AZOkrS_wfC2QyXZuY0lSZG4BlKy4T3F_.q3B3tU0n4lB2yY4WcM7tqg8sJm4m3cW1yWUbFuyw0eE"))
                .when().post(ADMIN + "/" + id + "/check-ins")
                .then().statusCode(404).body("code", equalTo("ACTIVITY_NOT_FOUND"));
        given().auth().oauth2(district).when().get(ADMIN + "/" + id).then().statusCode(200);
    }

    @Test
    void aDistrictOfficerPublishesForTheWholeDistrictWhichStreetOfficersListNot() {
        LocalDate day = freshDay();
        Map<String, Object> request = request(null, day, 200, 50);
        request.remove("streetCode");
        request.put("districtCode", "xicheng");
        request.put("stationId", JINRONGJIE_STATION);
        String id = publish(district, request).then().statusCode(201)
                .body("streetCode", nullValue()).body("districtCode", equalTo("xicheng"))
                .body("location.lng", equalTo(116.3594f)).extract().path("id");
        publish(desheng, request).then().statusCode(403).body("code", equalTo("ACTIVITY_OUT_OF_REACH"));
        String streetOne = published(desheng, request("desheng", day, 10, 0));

        given().auth().oauth2(district).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get(ADMIN).then().statusCode(200).body("items.id", containsInAnyOrder(id, streetOne));
        given().auth().oauth2(desheng).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get(ADMIN).then().statusCode(200).body("items.id", contains(streetOne));
        // the public finds the district's activity under every street of the district
        given().queryParam("streetCode", "jinrongjie").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get(ActivityFixtures.PUBLIC).then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void theOfficersListFiltersAndPages() {
        LocalDate day = freshDay();
        String early = published(desheng, request("desheng", day, 10, 0));
        Map<String, Object> later = request("desheng", day, 10, 0);
        later.put("startsAt", at(day, 14).toString());
        later.put("endsAt", at(day, 16).toString());
        String late = published(desheng, later);
        String cancelled = published(desheng, request("desheng", day, 10, 0));
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "场地维修")).when().post(ADMIN + "/" + cancelled + "/cancel").then().statusCode(200);

        String next = given().auth().oauth2(desheng).queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("status", "published").queryParam("limit", 1)
                .when().get(ADMIN).then().statusCode(200).body("items.id", contains(late))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(desheng).queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("status", "published").queryParam("limit", 1).queryParam("cursor", next)
                .when().get(ADMIN).then().statusCode(200).body("items.id", contains(early)).body("nextCursor", nullValue());
        given().auth().oauth2(desheng).queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("status", "cancelled").when().get(ADMIN)
                .then().statusCode(200).body("items.id", contains(cancelled)).body("items[0].cancelReason", equalTo("场地维修"));
        given().auth().oauth2(desheng).queryParam("streetCode", "nowhere").when().get(ADMIN)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_STREET"));
        given().auth().oauth2(desheng).queryParam("from", day.toString()).queryParam("to", day.minusDays(1).toString())
                .when().get(ADMIN).then().statusCode(400).body("errors[0].code", equalTo("BEFORE_FROM"));
    }

    @Test
    void anActivityWhoseTimesOrPlacesAreWrongIsRefusedFieldByField() {
        LocalDate day = freshDay();
        Map<String, Object> wrong = request("desheng", day, 10, 0);
        wrong.put("endsAt", at(day, 8).toString());
        wrong.put("signUpClosesAt", at(day, 10).toString());
        wrong.put("cancelUntil", at(day, 10).toString());
        publish(desheng, wrong).then().statusCode(422).body("code", equalTo("ACTIVITY_INVALID"))
                .body("errors.field", containsInAnyOrder("endsAt", "signUpClosesAt", "cancelUntil"))
                .body("errors.code", containsInAnyOrder("NOT_AFTER_START", "AFTER_START", "AFTER_START"));

        Map<String, Object> both = request("desheng", day, 10, 0);
        both.put("districtCode", "xicheng");
        publish(district, both).then().statusCode(422).body("errors[0].code", equalTo("STREET_OR_DISTRICT"));
        Map<String, Object> elsewhere = request("desheng", day, 10, 0);
        elsewhere.put("stationId", JINRONGJIE_STATION);
        publish(desheng, elsewhere).then().statusCode(422).body("errors[0].field", equalTo("stationId"))
                .body("errors[0].code", equalTo("STATION_ELSEWHERE"));
        Map<String, Object> past = request("desheng", day, 10, 0);
        past.put("startsAt", "2020-01-01T01:00:00Z");
        past.put("signUpOpensAt", "2019-12-01T01:00:00Z");
        past.put("signUpClosesAt", "2019-12-31T01:00:00Z");
        past.put("cancelUntil", "2019-12-31T01:00:00Z");
        publish(desheng, past).then().statusCode(422).body("errors.code", contains("IN_PAST"));

        Map<String, Object> malformed = request("desheng", day, 0, -1);
        malformed.put("perMemberLimit", 11);
        malformed.put("unexpected", true);
        publish(desheng, malformed).then().statusCode(400);
        publish(desheng, Map.of("title", "只有标题")).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void onlyOfficersManageActivities() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String auditor = TestAccounts.officerToken(accounts.officer("auditor", null));
        for (String token : List.of(member.accessToken(), auditor)) {
            publish(token, request("desheng", freshDay(), 10, 0)).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).when().get(ADMIN).then().statusCode(403);
        }
        given().when().get(ADMIN).then().statusCode(401);
        given().contentType(ContentType.JSON).body(request("desheng", freshDay(), 10, 0)).when().post(ADMIN)
                .then().statusCode(401);
        given().when().get(ADMIN + "/" + java.util.UUID.randomUUID()).then().statusCode(401);

        String id = published(desheng, request("desheng", freshDay(), 10, 0));
        given().auth().oauth2(member.accessToken()).when().get(ADMIN + "/" + id).then().statusCode(403);
        ActivityFixtures.patch(member.accessToken(), id, "\"0\"", Map.of("capacity", 20)).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("capacity", 20))
                .when().patch(ADMIN + "/" + id).then().statusCode(401);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "不该我取消")).when().post(ADMIN + "/" + id + "/cancel").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "匿名"))
                .when().post(ADMIN + "/" + id + "/cancel").then().statusCode(401);
    }

    @Test
    void malformedIdsAndChangesAreBadRequests() {
        String id = published(desheng, request("desheng", freshDay(), 10, 0));
        given().auth().oauth2(desheng).when().get(ADMIN + "/not-an-id").then().statusCode(400);
        given().when().get(ActivityFixtures.PUBLIC + "/not-an-id").then().statusCode(400);
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get(ActivityFixtures.MINE + "/not-an-id")
                .then().statusCode(400);
        ActivityFixtures.patch(desheng, id, "\"0\"", Map.of("capacity", 0)).then().statusCode(400);
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "")).when().post(ADMIN + "/" + id + "/cancel").then().statusCode(400);
        given().auth().oauth2(desheng).when().get(ADMIN + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("capacity", equalTo(10)).body("status", equalTo("published"));
    }
}
