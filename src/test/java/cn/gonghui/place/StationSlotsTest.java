package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.platform.time.ClockProducer;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workers see the times a station can receive them. The test station opens Monday 09:00–12:00
 * and Wednesday 09:00–10:00 and 14:00–15:30, in 30-minute slots for two people: eleven slots in
 * a week.
 */
@QuarkusTest
class StationSlotsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @Inject
    StationSlots slots;

    String admin;
    String station;
    LocalDate monday;

    @BeforeEach
    void aStationOpenOnMondaysAndWednesdays() {
        admin = TestStations.adminToken(accounts);
        station = TestStations.create(admin, TestStations.request("预约测试站"));
        monday = BeijingTime.today(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        TestStations.removeAll();
    }

    @Test
    void aWeekOfSlotsFollowsTheOpeningHours() {
        slots(monday, monday.plusDays(6)).statusCode(200)
                .body("items", hasSize(11))
                .body("nextCursor", nullValue())
                .body("items[0].id", equalTo(station + "_" + compact(monday) + "0900"))
                .body("items[0].start", equalTo(inUtc(monday, 9, 0)))
                .body("items[0].end", equalTo(inUtc(monday, 9, 30)))
                .body("items[0].capacity", equalTo(2))
                .body("items[0].remaining", equalTo(2))
                .body("items[5].start", equalTo(inUtc(monday, 11, 30)))
                .body("items[6].start", equalTo(inUtc(monday.plusDays(2), 9, 0)))
                .body("items[8].start", equalTo(inUtc(monday.plusDays(2), 14, 0)))
                .body("items[10].end", equalTo(inUtc(monday.plusDays(2), 15, 30)));
    }

    @Test
    void aLongRangeComesInPages() {
        String next = given().queryParam("from", monday.toString()).queryParam("to", monday.plusDays(6).toString())
                .queryParam("limit", 8)
                .when().get(slotsOf(station))
                .then().statusCode(200).body("items", hasSize(8)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("from", monday.toString()).queryParam("to", monday.plusDays(6).toString())
                .queryParam("limit", 8).queryParam("cursor", next)
                .when().get(slotsOf(station))
                .then().statusCode(200)
                .body("items.start", contains(inUtc(monday.plusDays(2), 14, 0),
                        inUtc(monday.plusDays(2), 14, 30), inUtc(monday.plusDays(2), 15, 0)))
                .body("nextCursor", nullValue());
    }

    @Test
    void byDefaultTheWeekFromToday() {
        LocalDate today = BeijingTime.today(clock);
        given().when().get(slotsOf(station))
                .then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(11))
                .body("items.findAll { it.start < '" + today + "' || it.start > '" + today.plusDays(7) + "' }", hasSize(0));
    }

    @Test
    void aClosedDayOffersNoSlots() {
        LocalDate wednesday = monday.plusDays(2);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"工会培训日\"}")
                .when().put(TestStations.ADMIN_STATIONS + "/" + station + "/closed-days/" + wednesday)
                .then().statusCode(200);
        slots(monday, monday.plusDays(6)).statusCode(200).body("items", hasSize(6))
                .body("items.findAll { it.start.startsWith('" + wednesday + "') }", hasSize(0));

        given().auth().oauth2(admin).when().delete(TestStations.ADMIN_STATIONS + "/" + station + "/closed-days/" + wednesday)
                .then().statusCode(200);
        slots(monday, monday.plusDays(6)).statusCode(200).body("items", hasSize(11));
    }

    @Test
    void aBookingLeavesOnePlaceLess() {
        String nineOClock = station + "_" + compact(monday) + "0900";
        QuarkusTransaction.requiringNew().run(() -> slots.book(UUID.fromString(station), nineOClock));

        slots(monday, monday).statusCode(200)
                .body("items[0].id", equalTo(nineOClock))
                .body("items[0].remaining", equalTo(1))
                .body("items[1].remaining", equalTo(2));
    }

    @Test
    void slotsThatHaveStartedAreNoLongerOffered() {
        Instant mondayAtQuarterPastTen = monday.atTime(10, 15).atZone(ClockProducer.BEIJING).toInstant();
        clock.pinAt(mondayAtQuarterPastTen);

        slots(monday, monday).statusCode(200)
                .body("items.start", contains(inUtc(monday, 10, 30), inUtc(monday, 11, 0),
                        inUtc(monday, 11, 30)));
    }

    @Test
    void theRangeIsTodayOnAndAtMost31Days() {
        LocalDate today = BeijingTime.today(clock);
        slots(today.minusDays(1), today).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("DATE_IN_PAST"));
        slots(monday, monday.minusDays(1)).statusCode(400)
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("BEFORE_FROM"));
        slots(monday, monday.plusDays(31)).statusCode(400).body("errors[0].code", equalTo("RANGE_TOO_LONG"));
        slots(monday, monday.plusDays(30)).statusCode(200).body("items", hasSize(20));
        given().queryParam("from", "next-monday").when().get(slotsOf(station))
                .then().statusCode(400).body("code", equalTo("INVALID_QUERY_PARAMETER"))
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void anUnknownStationHasNoSlots() {
        given().when().get(slotsOf("01a20144-0000-7000-8000-000000000000"))
                .then().statusCode(404).body("code", equalTo("STATION_NOT_FOUND"));
    }

    private ValidatableResponse slots(LocalDate from, LocalDate to) {
        return given().queryParam("from", from.toString()).queryParam("to", to.toString())
                .when().get(slotsOf(station)).then();
    }

    private static String slotsOf(String station) {
        return "/api/v1/stations/" + station + "/slots";
    }

    static String compact(LocalDate day) {
        return day.toString().replace("-", "");
    }

    /** A time of the day in Beijing, as every response gives an instant: in UTC, ending in Z. */
    private static String inUtc(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ClockProducer.BEIJING).toInstant().toString();
    }
}
