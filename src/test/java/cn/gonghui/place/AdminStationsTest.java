package cn.gonghui.place;

import static cn.gonghui.place.TestStations.ADMIN_STATIONS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators keep the stations right: what they are, when they open, how many a slot receives. */
@QuarkusTest
class AdminStationsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Clock clock;

    String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = TestStations.adminToken(accounts);
    }

    @AfterEach
    void removeTestStations() throws Exception {
        TestStations.removeAll();
    }

    @Test
    void theStationListShowsACreatedAndAChangedStationAtOnce() {
        // the list is kept in memory: read it first, so that the creation has a copy to replace
        String nearBaizhifang = "/api/v1/stations?lat=" + TestStations.LATITUDE + "&lng=" + TestStations.LONGITUDE
                + "&radiusKm=1";
        given().when().get(nearBaizhifang).then().statusCode(200).body("items", hasSize(0));

        String id = TestStations.create(admin, TestStations.request("白纸坊列表站"));
        given().when().get(nearBaizhifang).then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].name", equalTo("白纸坊列表站"))
                .body("items[0].distanceMeters", equalTo(0));

        Map<String, Object> renamed = TestStations.request("白纸坊列表站（新址）");
        renamed.put("facilities", List.of("hot_water"));
        put(id, "\"0\"", renamed).then().statusCode(200);
        given().when().get(nearBaizhifang + "&facility=legal_advice").then().statusCode(200).body("items", hasSize(0));
        given().when().get(nearBaizhifang).then().statusCode(200)
                .body("items[0].name", equalTo("白纸坊列表站（新址）"))
                .body("items[0].facilities.code", contains("hot_water"));
    }

    @Test
    void searchesRacingAChangeNeverLeaveTheFormerListKept() throws Exception {
        String nearBaizhifang = "/api/v1/stations?lat=" + TestStations.LATITUDE + "&lng=" + TestStations.LONGITUDE
                + "&radiusKm=1";
        String id = TestStations.create(admin, TestStations.request("白纸坊竞速站"));
        for (int round = 0; round < 5; round++) {
            String name = "白纸坊竞速站 " + round;
            Map<String, Object> renamed = TestStations.request(name);
            String version = "\"" + round + "\"";
            Callable<Integer> search = () -> given().when().get(nearBaizhifang).then().statusCode(200)
                    .extract().statusCode();
            // the list is dropped after the change commits while other searches are reading it again
            AtOnce.run(search, search, () -> put(id, version, renamed).then().statusCode(200).extract().statusCode(),
                    search, search);

            given().when().get(nearBaizhifang).then().statusCode(200).body("items[0].name", equalTo(name));
        }
    }

    @Test
    void anAdministratorCreatesAStationThePublicThenFinds() {
        Response created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(TestStations.request("白纸坊测试站"))
                .when().post(ADMIN_STATIONS);

        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith(ADMIN_STATIONS + "/" + created.path("id")))
                .body("name", equalTo("白纸坊测试站"))
                .body("street.code", equalTo("baizhifang"))
                .body("location.lat", equalTo(45.0f))
                .body("floorAreaSqm", equalTo(120.5f))
                .body("facilities.code", contains("hot_water", "legal_advice"))
                .body("openingHours.dayOfWeek", contains("MONDAY", "WEDNESDAY", "WEDNESDAY"))
                .body("openingHours.opens", contains("09:00", "09:00", "14:00"))
                .body("slotMinutes", equalTo(30))
                .body("slotCapacity", equalTo(2))
                .body("closedDays", hasSize(0))
                .body("demo", equalTo(false));
        String id = created.path("id");

        given().auth().oauth2(admin).when().get(ADMIN_STATIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("白纸坊测试站")).body("openingHours", hasSize(3));
        given().when().get("/api/v1/stations/" + id)
                .then().statusCode(200).body("demo", equalTo(false)).body("facilities.code", contains("hot_water", "legal_advice"));
    }

    @Test
    void onlyAdministratorsManageStations() {
        String streetOfficer = TestAccounts.officerToken(accounts.streetOfficer(TestStations.STREET));
        String member = TestAccounts.newMemberOf(TestStations.STREET).accessToken();
        for (String token : List.of(streetOfficer, member)) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(TestStations.request("不该存在"))
                    .when().post(ADMIN_STATIONS)
                    .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).when().get(ADMIN_STATIONS).then().statusCode(403);
        }
        given().when().get(ADMIN_STATIONS).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String id = TestStations.create(admin, TestStations.request("改名前"));
        Map<String, Object> change = TestStations.request("改名后");
        change.put("facilities", List.of("microwave"));
        change.put("openingHours", List.of(TestStations.period("FRIDAY", "10:00", "16:00")));
        change.put("slotMinutes", 60);
        change.put("phone", null);

        put(id, null, change).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        put(id, "\"7\"", change).then().statusCode(412).header("ETag", "\"0\"").body("code", equalTo("VERSION_MISMATCH"));
        put(id, "\"0\"", change).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("改名后"))
                .body("facilities.code", contains("microwave"))
                .body("openingHours.dayOfWeek", contains("FRIDAY"))
                .body("slotMinutes", equalTo(60))
                .body("phone", nullValue());
        put(id, "\"0\"", change).then().statusCode(412).header("ETag", "\"1\"");

        given().when().get("/api/v1/stations/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("改名后")).body("openingHours", hasSize(1));
    }

    @Test
    void aRequestThatBreaksTheRulesIsRefusedFieldByField() {
        Map<String, Object> wrong = TestStations.request("错误的");
        wrong.put("streetCode", "atlantis");
        wrong.put("facilities", List.of("hot_water", "jacuzzi"));
        wrong.put("openingHours", List.of(
                TestStations.period("MONDAY", "09:00", "12:00"),
                TestStations.period("MONDAY", "11:00", "13:00"),
                TestStations.period("TUESDAY", "17:00", "09:00"),
                TestStations.period("TUESDAY", "12:00", "13:00")));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(wrong)
                .when().post(ADMIN_STATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("streetCode", "facilities[1]", "openingHours[1]",
                        "openingHours[2].closes"))
                .body("errors.code", containsInAnyOrder("UNKNOWN_STREET", "UNKNOWN_FACILITY", "OVERLAPPING_PERIOD",
                        "CLOSES_BEFORE_OPENS"))
                .body("errors.find { it.code == 'OVERLAPPING_PERIOD' }.message", equalTo("与同一天的另一个开放时段重叠"));
    }

    @Test
    void rangesAndRequiredFieldsAreChecked() {
        Map<String, Object> wrong = TestStations.request("错误的");
        wrong.put("slotMinutes", 5);
        wrong.put("slotCapacity", 51);
        wrong.put("location", Map.of("lat", 91.0));
        wrong.put("openingHours", List.of(TestStations.period("MONDAY", "9:00", "24:00")));
        wrong.remove("name");

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Accept-Language", "en").body(wrong)
                .when().post(ADMIN_STATIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("slotMinutes", "slotCapacity", "location.lat", "location.lng",
                        "openingHours[0].opens", "openingHours[0].closes", "name"))
                .body("errors.find { it.field == 'slotMinutes' }.code", equalTo("TOO_SMALL"))
                .body("errors.find { it.field == 'slotCapacity' }.code", equalTo("TOO_LARGE"))
                .body("errors.find { it.field == 'location.lng' }.code", equalTo("REQUIRED"));

        Map<String, Object> unknownKind = TestStations.request("错误的");
        unknownKind.put("kind", "castle");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(unknownKind)
                .when().post(ADMIN_STATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aRetriedCreateCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = TestStations.request("重试站");
        Response first = createWithKey(key, request);
        first.then().statusCode(201);
        Response retry = createWithKey(key, request);

        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", "\"0\"");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        given().auth().oauth2(admin).queryParam("streetCode", TestStations.STREET).queryParam("limit", 100)
                .when().get(ADMIN_STATIONS)
                .then().statusCode(200).body("items.findAll { it.name == '重试站' }", hasSize(1));

        request.put("name", "另一个站");
        createWithKey(key, request).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void theListFiltersByStreetAndPages() {
        String first = TestStations.create(admin, TestStations.request("第一站"));
        String second = TestStations.create(admin, TestStations.request("第二站"));

        String next = given().auth().oauth2(admin).queryParam("streetCode", TestStations.STREET).queryParam("limit", 1)
                .when().get(ADMIN_STATIONS)
                .then().statusCode(200).body("items.id", contains(first)).body("items[0].slotCapacity", equalTo(2))
                .extract().path("nextCursor");
        given().auth().oauth2(admin).queryParam("streetCode", TestStations.STREET).queryParam("limit", 1)
                .queryParam("cursor", next)
                .when().get(ADMIN_STATIONS)
                .then().statusCode(200).body("items.id", contains(second)).body("nextCursor", nullValue());
        given().auth().oauth2(admin).queryParam("streetCode", "desheng").when().get(ADMIN_STATIONS)
                .then().statusCode(200).body("items.id", not(hasItem(first)))
                .body("items.id", contains(StationsTest.DESHENG_OUTDOOR))
                .body("items[0].slotMinutes", equalTo(30));
        given().auth().oauth2(admin).queryParam("streetCode", "atlantis").when().get(ADMIN_STATIONS)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_STREET"));
    }

    @Test
    void closedDaysAreSetAndTakenBack() {
        String id = TestStations.create(admin, TestStations.request("闭站测试"));
        LocalDate day = BeijingTime.today(clock).plusDays(10);

        closeOn(id, day, "{\"reason\": \"设备检修\"}").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("closedDays.date", contains(day.toString()))
                .body("closedDays[0].reason", equalTo("设备检修"));
        closeOn(id, day, "{\"reason\": \"设备检修\"}").then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(admin).when().get(ADMIN_STATIONS + "/" + id)
                .then().statusCode(200).body("closedDays.reason", contains("设备检修"));

        given().auth().oauth2(admin).when().delete(ADMIN_STATIONS + "/" + id + "/closed-days/" + day)
                .then().statusCode(200).header("ETag", "\"2\"").body("closedDays", hasSize(0));
        given().auth().oauth2(admin).when().delete(ADMIN_STATIONS + "/" + id + "/closed-days/" + day)
                .then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void closedDaysAreTodayToAYearAhead() {
        String id = TestStations.create(admin, TestStations.request("闭站日期"));
        LocalDate today = BeijingTime.today(clock);

        closeOn(id, today.minusDays(1), "{\"reason\": \"太晚了\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].code", equalTo("DATE_IN_PAST"));
        closeOn(id, today.plusYears(1).plusDays(1), "{\"reason\": \"太早了\"}").then().statusCode(400)
                .body("errors[0].code", equalTo("DATE_TOO_FAR"));
        closeOn(id, today, "{\"reason\": \" \"}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().put(ADMIN_STATIONS + "/" + id + "/closed-days/2026-13-01")
                .then().statusCode(400).body("code", equalTo("INVALID_PATH_PARAMETER"));
    }

    @Test
    void anUnknownStationIs404() {
        String unknown = ADMIN_STATIONS + "/01a20144-0000-7000-8000-000000000000";
        given().auth().oauth2(admin).when().get(unknown).then().statusCode(404).body("code", equalTo("STATION_NOT_FOUND"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(TestStations.request("无")).when().put(unknown)
                .then().statusCode(404).body("code", equalTo("STATION_NOT_FOUND"));
        given().auth().oauth2(admin).when().delete(unknown + "/closed-days/" + BeijingTime.today(clock))
                .then().statusCode(404);
    }

    private Response put(String id, String ifMatch, Map<String, Object> change) {
        var request = given().auth().oauth2(admin).contentType(ContentType.JSON).body(change);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(ADMIN_STATIONS + "/" + id);
    }

    private Response createWithKey(String key, Map<String, Object> request) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(request)
                .when().post(ADMIN_STATIONS);
    }

    private Response closeOn(String id, LocalDate day, String body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().put(ADMIN_STATIONS + "/" + id + "/closed-days/" + day);
    }
}
