package cn.gonghui.place;

import static io.restassured.RestAssured.given;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import cn.gonghui.testing.TestReferenceData;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stations the tests create through the admin API. They stand in 白纸坊 (a street the directory
 * tests never filter on) at 45°N 100°E, where no real station is, and {@link #removeAll()} takes
 * them away again so that the directory tests keep seeing exactly the seeded stations.
 */
final class TestStations {

    static final String STREET = "baizhifang";
    static final double LATITUDE = 45.0;
    static final double LONGITUDE = 100.0;
    static final String ADMIN_STATIONS = "/api/v1/admin/stations";

    private TestStations() {
    }

    static String adminToken(TestAccounts accounts) {
        return TestAccounts.officerToken(accounts.officer("admin", null));
    }

    /** A valid request: open Monday 09:00–12:00 and Wednesday 09:00–10:00 and 14:00–15:30, 30-minute slots for 2. */
    static Map<String, Object> request(String name) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("streetCode", STREET);
        request.put("name", name);
        request.put("kind", "union_service_station");
        request.put("address", "北京市西城区白纸坊街道（测试）");
        request.put("location", Map.of("lat", LATITUDE, "lng", LONGITUDE));
        request.put("floorAreaSqm", 120.5);
        request.put("openedOn", "2024-05-01");
        request.put("phone", "010-63520000");
        request.put("description", "测试用服务站 / A station of the tests");
        request.put("facilities", List.of("legal_advice", "hot_water"));
        request.put("openingHours", new ArrayList<>(List.of(
                period("WEDNESDAY", "14:00", "15:30"),
                period("MONDAY", "09:00", "12:00"),
                period("WEDNESDAY", "09:00", "10:00"))));
        request.put("slotMinutes", 30);
        request.put("slotCapacity", 2);
        return request;
    }

    static Map<String, String> period(String dayOfWeek, String opens, String closes) {
        return Map.of("dayOfWeek", dayOfWeek, "opens", opens, "closes", closes);
    }

    /** Creates the station and answers its id. */
    static String create(String adminToken, Map<String, Object> request) {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(request)
                .when().post(ADMIN_STATIONS)
                .then().statusCode(201).extract().path("id");
    }

    static void removeAll() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            String ours = "SELECT id FROM stations WHERE latitude = " + LATITUDE + " AND longitude = " + LONGITUDE;
            sql.execute("DELETE FROM station_slots WHERE station_id IN (" + ours + ")");
            sql.execute("DELETE FROM stations WHERE id IN (" + ours + ")");
        }
        TestReferenceData.placesChanged();
    }
}
