package cn.gonghui.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A slot never takes more bookings than its capacity, however many applicants try at once. */
@QuarkusTest
class AppointmentBookingTest {

    @Inject
    TestAccounts accounts;

    @Test
    void sixApplicantsRaceForOneSlotOfTwoPlaces() throws Exception {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        List<TestAccounts.SignedIn> applicants = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
            String id = TestApplications.join(member, "desheng");
            TestApplications.inviteToDesheng(officer, id);
            applicants.add(member);
            applications.add(id);
        }
        JsonPath slots = given().when().get("/api/v1/stations/" + TestApplications.DESHENG_OUTDOOR_STATION + "/slots")
                .then().statusCode(200).extract().jsonPath();
        String lastSlot = slots.getString("items[-1].id");
        int capacity = slots.getInt("items[-1].capacity");
        assertThat(slots.getInt("items[-1].remaining")).isEqualTo(capacity);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> bookings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                TestAccounts.SignedIn member = applicants.get(i);
                String id = applications.get(i);
                bookings.add(pool.submit((Callable<Response>) () -> given().auth().oauth2(member.accessToken())
                        .contentType(ContentType.JSON).body("{\"slotId\": \"" + lastSlot + "\"}")
                        .put("/api/v1/applications/" + id + "/appointment")));
            }
            for (Future<Response> booking : bookings) {
                Response response = booking.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("SLOT_FULL");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(capacity);
        assertThat(statuses.stream().filter(status -> status == 409).count()).isEqualTo(6 - capacity);
        given().when().get("/api/v1/stations/" + TestApplications.DESHENG_OUTDOOR_STATION + "/slots")
                .then().body("items.find { it.id == '" + lastSlot + "' }.remaining", equalTo(0));
    }

    @Test
    void theApplicationNamesItsAppointmentsStationAndTheSlotsTimesAsTheSlotListDoes() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("stationId", equalTo(null));
        TestApplications.inviteToDesheng(officer, id);
        JsonPath slot = given().when().get("/api/v1/stations/" + TestApplications.DESHENG_OUTDOOR_STATION + "/slots")
                .then().statusCode(200).extract().jsonPath().setRootPath("items.find { it.remaining > 0 }");

        JsonPath booked = book(member, id, slot.getString("id")).then().statusCode(200).extract().jsonPath();
        assertThat(booked.getString("stationId")).isEqualTo(TestApplications.DESHENG_OUTDOOR_STATION)
                .isEqualTo(booked.getString("appointment.stationId"));
        // one rule for instants: UTC, ending in Z, in the slot list and on the application alike
        assertThat(booked.getString("appointment.start")).isEqualTo(slot.getString("start")).endsWith("Z");
        assertThat(booked.getString("appointment.end")).isEqualTo(slot.getString("end")).endsWith("Z");
        given().auth().oauth2(officer).when().get("/api/v1/admin/applications/" + id).then().statusCode(200)
                .body("stationId", equalTo(TestApplications.DESHENG_OUTDOOR_STATION));
    }

    @Test
    void cancellingGivesThePlaceBackAndWithdrawingToo() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        TestApplications.inviteToDesheng(officer, id);
        String slot = TestApplications.freeDeshengSlot();
        int before = remaining(slot);

        book(member, id, slot).then().statusCode(200);
        assertThat(remaining(slot)).isEqualTo(before - 1);
        given().auth().oauth2(member.accessToken()).when().delete("/api/v1/applications/" + id + "/appointment")
                .then().statusCode(200).body("appointment.status", equalTo("proposed"));
        assertThat(remaining(slot)).isEqualTo(before);

        book(member, id, slot).then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"不需要了\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(200).body("summary.status", equalTo("withdrawn"));
        assertThat(remaining(slot)).isEqualTo(before);
    }

    @Test
    void aMissedVisitLeavesANewProposalToBook() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        TestApplications.inviteToDesheng(officer, id);
        book(member, id, TestApplications.freeDeshengSlot()).then().statusCode(200);
        TestApplications.act(officer, id, "record-visit", "{\"outcome\": \"noshow\"}").then().statusCode(200)
                .body("summary.status", equalTo("awaiting_appointment"))
                .body("appointment.status", equalTo("proposed"));
        given().auth().oauth2(member.accessToken()).queryParam("limit", 100).when().get("/api/v1/me/messages")
                .then().body("items.event", org.hamcrest.Matchers.hasItem("visit_missed"));
    }

    @Test
    void aSlotTheStationDoesNotOfferCannotBeBooked() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        TestApplications.inviteToDesheng(officer, id);
        // a slot id of the right form, at 03:07 on a day long past: no station offers it
        book(member, id, TestApplications.DESHENG_OUTDOOR_STATION + "_202001010307").then().statusCode(422)
                .body("code", equalTo("SLOT_UNAVAILABLE"));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("appointment.status", equalTo("proposed"));
    }

    private static Response book(TestAccounts.SignedIn member, String id, String slot) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + slot + "\"}").when().put("/api/v1/applications/" + id + "/appointment");
    }

    private static int remaining(String slot) {
        return given().when().get("/api/v1/stations/" + TestApplications.DESHENG_OUTDOOR_STATION + "/slots")
                .then().extract().jsonPath().getInt("items.find { it.id == '" + slot + "' }.remaining");
    }
}
