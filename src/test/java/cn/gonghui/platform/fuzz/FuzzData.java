package cn.gonghui.platform.fuzz;

import static io.restassured.RestAssured.given;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import cn.gonghui.testing.TestReferenceData;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects the fuzz reaches by real ids, made through the API as a client would, and the clean-up
 * the shared test database needs afterwards: stations the fuzz created would show in the directory
 * tests, which expect exactly the seeded ones.
 */
final class FuzzData {

    private final Set<String> stationsBefore;

    private FuzzData(Set<String> stationsBefore) {
        this.stationsBefore = stationsBefore;
    }

    static FuzzData rememberStations() throws Exception {
        return new FuzzData(stationIds());
    }

    /** A join application of the worker, an attachment, a message, and a station of the fuzz's own. */
    static Vocabulary.RealIds create(TestAccounts accounts, TestAccounts.SignedIn worker) {
        String applicationId = TestApplications.join(worker, "desheng");
        String attachmentId = given().auth().oauth2(worker.accessToken())
                .multiPart("file", "photo.png", FormBody.PNG, "image/png")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        List<String> messages = given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/messages")
                .then().statusCode(200).extract().path("items.id");
        String officerId = accounts.officerId(accounts.streetOfficer("desheng")).toString();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String stationId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "streetCode", "baizhifang", "name", "fuzz station", "kind", "union_service_station",
                        "address", "测试地址", "location", Map.of("lat", 45.0, "lng", 100.0), "facilities", List.of(),
                        "openingHours", List.of(Map.of("dayOfWeek", "MONDAY", "opens", "09:00", "closes", "12:00")),
                        "slotMinutes", 30, "slotCapacity", 2))
                .when().post("/api/v1/admin/stations").then().statusCode(201).extract().path("id");
        return new Vocabulary.RealIds(applicationId, worker.memberId().toString(), officerId, attachmentId,
                messages.isEmpty() ? null : messages.get(0), stationId, TestApplications.DESHENG_OUTDOOR_STATION);
    }

    /** Removes every station made since {@link #rememberStations()}, and what of the fuzz's own points at them. */
    void removeNewStations() throws Exception {
        Set<String> created = stationIds();
        created.removeAll(stationsBefore);
        if (created.isEmpty()) {
            return;
        }
        String ids = "'" + String.join("','", created) + "'";
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM appointments WHERE station_id IN (" + ids + ")");
            sql.execute("UPDATE evaluations SET station_id = NULL WHERE station_id IN (" + ids + ")");
            sql.execute("UPDATE member_cards SET pickup_station_id = NULL WHERE pickup_station_id IN (" + ids + ")");
            sql.execute("DELETE FROM station_slots WHERE station_id IN (" + ids + ")");
            sql.execute("DELETE FROM stations WHERE id IN (" + ids + ")");
        }
        TestReferenceData.placesChanged();
    }

    private static Set<String> stationIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM stations")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
