package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.platform.time.ClockProducer;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The appointment code takes and gives back places through {@link StationSlots}: never more than
 * a slot holds, however many workers press "book" at the same moment.
 */
@QuarkusTest
class SlotBookingTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @Inject
    StationSlots slots;

    String admin;
    UUID station;
    LocalDate monday;
    String mondayNine;

    /** A Monday, 03:30 in Beijing and still Sunday in UTC: the hours in which a wall-clock test once failed. */
    static final Instant MONDAY_BEFORE_DAWN = OffsetDateTime.parse("2026-11-30T03:30+08:00").toInstant();

    @BeforeEach
    void aStationOpenOnMondays() {
        admin = TestStations.adminToken(accounts);
        station = UUID.fromString(TestStations.create(admin, TestStations.request("预约服务测试站")));
        pinClockAt(MONDAY_BEFORE_DAWN);
    }

    /** Every test here runs on a fixed instant, never today's: what is past and what is bookable must not depend on the day the suite runs. */
    private void pinClockAt(Instant instant) {
        clock.pinAt(instant);
        monday = BeijingTime.today(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        mondayNine = slotAt(station, monday, "0900");
    }

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        TestStations.removeAll();
    }

    @Test
    void aBookingTellsTheAppointmentWhenItIs() {
        BookedSlot booked = book(station, mondayNine);

        assertThat(booked.slotId()).isEqualTo(mondayNine);
        assertThat(booked.stationId()).isEqualTo(station);
        assertThat(booked.start()).isEqualTo(monday.atTime(9, 0).atZone(ClockProducer.BEIJING).toInstant());
        assertThat(booked.end()).isEqualTo(booked.start().plus(Duration.ofMinutes(30)));
        assertThat(bookedPlaces(station, booked.start())).isEqualTo(1);
    }

    @Test
    void tenWorkersRaceForTwoPlaces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch ready = new CountDownLatch(10);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                outcomes.add(pool.submit((Callable<String>) () -> {
                    ready.countDown();
                    go.await();
                    try {
                        QuarkusTransaction.requiringNew().run(() -> slots.book(station, mondayNine));
                        return "BOOKED";
                    } catch (ApiProblem problem) {
                        return problem.code();
                    }
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn("BOOKED"::equals).hasSize(2);
            assertThat(results).filteredOn("SLOT_FULL"::equals).hasSize(8);
            assertThat(bookedPlaces(station, monday.atTime(9, 0).atZone(ClockProducer.BEIJING).toInstant())).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullSlotRefusesTheNextOneUntilAPlaceIsGivenBack() {
        BookedSlot first = book(station, mondayNine);
        book(station, mondayNine);

        assertThatThrownBy(() -> book(station, mondayNine))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("SLOT_FULL");
                    assertThat(problem.status()).isEqualTo(409);
                });
        QuarkusTransaction.requiringNew().run(() -> slots.release(station, first.start()));
        book(station, mondayNine);
        assertThat(bookedPlaces(station, first.start())).isEqualTo(2);
    }

    @Test
    void givingBackNeverGoesBelowZero() {
        BookedSlot booked = book(station, mondayNine);
        QuarkusTransaction.requiringNew().run(() -> {
            slots.release(station, booked.start());
            slots.release(station, booked.start());
        });
        assertThat(bookedPlaces(station, booked.start())).isZero();
        // a slot nobody booked has no row: giving back there changes nothing
        QuarkusTransaction.requiringNew().run(() -> slots.release(station, booked.start().plus(Duration.ofHours(1))));
    }

    @ParameterizedTest(name = "now is {0}")
    @ValueSource(strings = {"2026-11-30T03:30+08:00", "2026-12-06T23:59+08:00", "2026-12-02T12:00+08:00"})
    void onlySlotsTheStationOffersCanBeBooked(String now) {
        pinClockAt(OffsetDateTime.parse(now).toInstant());
        UUID other = UUID.fromString(TestStations.create(admin, TestStations.request("另一个站")));
        assertUnavailable(station, slotAt(other, monday, "0900"));
        assertUnavailable(station, slotAt(station, monday.plusDays(1), "0900"));
        assertUnavailable(station, slotAt(station, monday, "0910"));
        assertUnavailable(station, slotAt(station, monday, "1200"));
        assertUnavailable(station, slotAt(station, monday.minusDays(14), "0900"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"停电\"}")
                .when().put(TestStations.ADMIN_STATIONS + "/" + station + "/closed-days/" + monday)
                .then().statusCode(200);
        assertUnavailable(station, mondayNine);
    }

    @Test
    void onAMondayBeforeDawnThatMorningsSlotsAreStillOpen() {
        LocalDate today = BeijingTime.today(clock);
        assertThat(today.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(book(station, slotAt(station, today, "0900")).start())
                .isEqualTo(today.atTime(9, 0).atZone(ClockProducer.BEIJING).toInstant());
    }

    @Test
    void aSlotThatHasStartedCannotBeBooked() {
        clock.pinAt(monday.atTime(9, 0).atZone(ClockProducer.BEIJING).toInstant());
        assertUnavailable(station, mondayNine);
        book(station, slotAt(station, monday, "0930"));
    }

    @Test
    void textThatIsNoSlotIdIsABadRequest() {
        for (String text : new String[] {"", "tomorrow", station + "_2026133109", station.toString().toUpperCase() + "_202611230900",
                station + "-" + mondayNine.substring(37)}) {
            assertThatThrownBy(() -> book(station, text))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.errors().get(0).code()).isEqualTo("INVALID_SLOT_ID");
                    });
        }
    }

    @Test
    void bookingOnlyHappensInsideTheCallersTransaction() {
        assertThatThrownBy(() -> slots.book(station, mondayNine)).isInstanceOf(TransactionalException.class);
        assertThatThrownBy(() -> slots.release(station, clock.instant())).isInstanceOf(TransactionalException.class);
    }

    @Test
    void aNewCapacityReachesBookedSlotsButNeverBelowTheirBookings() {
        book(station, mondayNine);
        book(station, mondayNine);
        changeCapacity(3, "\"0\"");
        given().queryParam("from", monday.toString()).queryParam("to", monday.toString())
                .when().get("/api/v1/stations/" + station + "/slots")
                .then().statusCode(200)
                .body("items[0].capacity", equalTo(3)).body("items[0].remaining", equalTo(1))
                .body("items[1].capacity", equalTo(3)).body("items[1].remaining", equalTo(3));

        changeCapacity(1, "\"1\"");
        given().queryParam("from", monday.toString()).queryParam("to", monday.toString())
                .when().get("/api/v1/stations/" + station + "/slots")
                .then().statusCode(200)
                .body("items[0].capacity", equalTo(2)).body("items[0].remaining", equalTo(0))
                .body("items[1].capacity", equalTo(1));
    }

    private void changeCapacity(int capacity, String ifMatch) {
        Map<String, Object> change = TestStations.request("预约服务测试站");
        change.put("slotCapacity", capacity);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", ifMatch).body(change)
                .when().put(TestStations.ADMIN_STATIONS + "/" + station)
                .then().statusCode(200);
    }

    private BookedSlot book(UUID stationId, String slotId) {
        return QuarkusTransaction.requiringNew().call(() -> slots.book(stationId, slotId));
    }

    private void assertUnavailable(UUID stationId, String slotId) {
        assertThatThrownBy(() -> book(stationId, slotId))
                .as(slotId)
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("SLOT_UNAVAILABLE");
                    assertThat(problem.status()).isEqualTo(422);
                });
    }

    private static String slotAt(UUID station, LocalDate day, String hourMinute) {
        return station + "_" + StationSlotsTest.compact(day) + hourMinute;
    }

    private static int bookedPlaces(UUID station, Instant start) {
        try (Connection connection = TestDatabase.database().connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT booked FROM station_slots WHERE station_id = ? AND starts_at = ?")) {
            query.setObject(1, station);
            query.setObject(2, start.atOffset(ZoneOffset.UTC));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
