package cn.gonghui.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.notification.OutboxDelivery;
import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Apply online, handle offline, end to end through HTTP only: alice joins the union in 德胜, the
 * 德胜 officer works it through the visit at the station, alice ends with a member number, a
 * message for every change, and her rating; 金融街 never sees it, the district does.
 */
@QuarkusTest
class MembershipJourneyTest {

    private static final String DESHENG_OUTDOOR_STATION = "01a20144-3af1-7ea3-9ce3-d9690a412c72";

    @Inject
    TestAccounts accounts;

    @Inject
    OutboxDelivery outbox;

    @Test
    void aliceJoinsTheUnionInDesheng() {
        TestAccounts.SignedIn alice = TestAccounts.signIn("dev-alice");
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));

        // alice records her identity, agrees to the membership privacy policy and applies online
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"艾丽丝\", \"idNumber\": \"" + IdNumbers.bornOn("19960618") + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        String policy = given().auth().oauth2(alice.accessToken()).when().get("/api/v1/me/consents")
                .then().statusCode(200)
                .body("items.find { it.purpose == 'membership' }.consented", equalTo(false))
                .extract().path("items.find { it.purpose == 'membership' }.currentPolicyVersion");
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON)
                .body("{\"policyVersion\": \"" + policy + "\"}")
                .when().put("/api/v1/me/consents/membership").then().statusCode(200)
                .body("consented", equalTo(true));
        Response submitted = given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "alice-join-1")
                .body("{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
                        + "\"form\": {\"occupation\": \"food_delivery_rider\"}}")
                .when().post("/api/v1/applications");
        submitted.then().statusCode(201)
                .header("Location", notNullValue())
                .body("summary.status", equalTo("submitted"))
                .body("summary.number", matchesPattern("XC\\d{8}-\\d{5}"))
                .body("summary.expectedBy", notNullValue())
                .body("allowedActions", equalTo(List.of("withdraw")));
        String id = submitted.jsonPath().getString("summary.id");

        // the desheng officer finds it in the queue, accepts it and invites alice to the station
        given().auth().oauth2(deshengOfficer).queryParam("status", "submitted").queryParam("limit", 100)
                .when().get("/api/v1/admin/applications")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.applicantName", equalTo("艾**"));
        act(deshengOfficer, id, "accept", "{}").then().statusCode(200).body("summary.status", equalTo("accepted"));
        act(deshengOfficer, id, "invite-appointment", "{\"stationId\": \"" + DESHENG_OUTDOOR_STATION + "\"}")
                .then().statusCode(200)
                .body("summary.status", equalTo("awaiting_appointment"))
                .body("appointment.status", equalTo("proposed"));

        // alice books the first free slot there
        String slotId = given().when().get("/api/v1/stations/" + DESHENG_OUTDOOR_STATION + "/slots")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.remaining > 0 }.id");
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + slotId + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment")
                .then().statusCode(200)
                .body("appointment.status", equalTo("booked"))
                .body("appointment.slotId", equalTo(slotId));

        // the officer meets her, records the visit, approves and completes
        act(deshengOfficer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200)
                .body("summary.status", equalTo("in_review")).body("appointment.status", equalTo("fulfilled"));
        act(deshengOfficer, id, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"))
                .body("result.memberNumber", matchesPattern("XC\\d{10}"))
                .body("result.union", equalTo("德胜街道联合工会"));
        // the number is issued: alice is no longer offered a withdrawal, and one is refused, naming the status
        given().auth().oauth2(alice.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"不想入了\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(409).body("code", equalTo("WITHDRAWAL_NOT_ALLOWED"))
                .body("status", equalTo(409)).body("applicationStatus", equalTo("approved"))
                .body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(alice.accessToken()).when().get("/api/v1/me/membership")
                .then().statusCode(200).body("status", equalTo("active"));
        act(deshengOfficer, id, "complete", "{}").then().statusCode(200).body("summary.status", equalTo("completed"));

        // alice is a member, heard of every change, and rates the service
        JsonPath membership = given().auth().oauth2(alice.accessToken()).when().get("/api/v1/me/membership")
                .then().statusCode(200).body("status", equalTo("active")).body("street.code", equalTo("desheng"))
                .extract().jsonPath();
        assertThat(membership.getString("number")).matches("XC\\d{10}");
        List<String> events = given().auth().oauth2(alice.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().statusCode(200).extract().jsonPath().getList("items.event");
        assertThat(events).contains("submitted", "accepted", "awaiting_appointment", "appointment_booked", "in_review",
                "approved", "completed");
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON)
                .body("{\"rating\": 5, \"comment\": \"办理很快\"}")
                .when().post("/api/v1/applications/" + id + "/evaluation")
                .then().statusCode(200).body("evaluation.rating", equalTo(5));
        given().auth().oauth2(alice.accessToken()).contentType(ContentType.JSON).body("{\"rating\": 4}")
                .when().post("/api/v1/applications/" + id + "/evaluation")
                .then().statusCode(409);

        // the history tells the whole story
        given().auth().oauth2(alice.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200)
                .body("history.action", equalTo(List.of("submit", "accept", "invite-appointment", "book-appointment",
                        "record-visit", "approve", "complete", "evaluate")))
                .body("notes", equalTo(null));

        // 金融街 sees none of it; the district sees all of it
        given().auth().oauth2(jinrongjieOfficer).queryParam("limit", 100).when().get("/api/v1/admin/applications")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(jinrongjieOfficer).when().get("/api/v1/admin/applications/" + id).then().statusCode(404);
        given().auth().oauth2(districtOfficer).when().get("/api/v1/admin/applications/" + id).then().statusCode(200);

        // and a WeChat subscribe message went out through the outbox for each of them
        while (outbox.deliverDue() > 0) {
            // until nothing is due
        }
        List<String> delivered = given().when().get("/dev/fake-wechat/delivered").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.touser == 'dev-alice' }.data.phrase3.value");
        assertThat(delivered).containsExactlyInAnyOrder("已提交", "已受理", "待预约", "已预约", "审核中", "已批准", "已办结");
    }

    private static Response act(String officerToken, String id, String action, String body) {
        String etag = given().auth().oauth2(officerToken).when().get("/api/v1/admin/applications/" + id)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/api/v1/admin/applications/" + id + "/actions/" + action);
    }
}
