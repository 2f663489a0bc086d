package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.disbursement.Disbursement;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 德胜 officer records what became of a worker's subsidy: paid with the bank's reference, or
 * failed and scheduled again; a report sent twice counts once, an impossible move is refused, and
 * 金融街 sees none of it.
 */
@QuarkusTest
class DisbursementStatusTest {

    @Inject
    TestAccounts accounts;

    @Inject
    LivingSubsidies disbursements;

    @Inject
    Clock clock;

    private TestAccounts.SignedIn worker;
    private String deshengOfficer;
    private String districtOfficer;
    private String disbursementId;

    @BeforeEach
    void aScheduledSubsidy() {
        worker = HardshipFixtures.hardshipMember();
        deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        HardshipFixtures.approvedFile(worker, deshengOfficer, districtOfficer);
        String id = HardshipFixtures.applyOffer(worker, HardshipFixtures.offerOf(worker, "hardship.living-subsidy"),
                UUID.randomUUID().toString(), "{}").then().statusCode(201).extract().path("summary.id");
        HardshipFixtures.approveProgramme(deshengOfficer, districtOfficer, id, "{}").then().statusCode(200);
        disbursementId = given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/disbursements")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void theStreetRecordsAPaymentOnceAndRefusesToUndoIt() {
        String month = YearMonth.from(BeijingTime.today(clock)).toString();
        given().auth().oauth2(deshengOfficer).queryParam("status", "scheduled").queryParam("period", month)
                .queryParam("programme", "hardship.living-subsidy").queryParam("limit", 100)
                .when().get("/api/v1/admin/disbursements").then().statusCode(200)
                .body("items.id", hasItem(disbursementId))
                .body("items.find { it.id == '" + disbursementId + "' }.payeeName", equalTo("测**"))
                .body("items.find { it.id == '" + disbursementId + "' }.amount", equalTo("200.00"))
                .body("items.find { it.id == '" + disbursementId + "' }.streetCode", equalTo("desheng"));

        report(null, "{\"status\": \"paid\", \"reference\": \"BOC-1\"}").then().statusCode(428);
        String etag = etag();
        report(etag, "{\"status\": \"paid\", \"reference\": \"BOC-1\"}").then().statusCode(200)
                .body("status", equalTo("paid")).body("reference", equalTo("BOC-1"));
        // the client did not hear the answer and sends the same report with the tag it had
        String afterPaid = report(etag, "{\"status\": \"paid\", \"reference\": \"BOC-1\"}").then().statusCode(200)
                .body("status", equalTo("paid")).extract().header("ETag");
        assertThat(afterPaid).isEqualTo(etag());
        report(etag(), "{\"status\": \"failed\", \"reason\": \"退票\"}").then().statusCode(409)
                .body("code", equalTo("DISBURSEMENT_STATUS_CONFLICT"));
        report(etag(), "{\"status\": \"paid\", \"reference\": \"BOC-2\"}").then().statusCode(409);
        report(etag(), "{\"status\": \"refunded\"}").then().statusCode(400);

        Disbursement stored = stored();
        assertThat(stored.status.code()).isEqualTo("paid");
        assertThat(stored.reference).isEqualTo("BOC-1");
        assertThat(stored.version).isEqualTo(1);
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/disbursements").then()
                .body("items[0].status", equalTo("paid"));
        // all it scheduled is paid: the service completes the application, and the worker may rate it
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + stored.applicationId).then()
                .statusCode(200).body("summary.status", equalTo("completed"))
                .body("history.find { it.action == 'complete' }.actorRole", equalTo("system"));
    }

    @Test
    void aFailedPaymentIsScheduledAgainAndThenPaid() {
        report(etag(), "{\"status\": \"failed\", \"reason\": \"账户已销户\"}").then().statusCode(200)
                .body("status", equalTo("failed")).body("reason", equalTo("账户已销户"));
        report(etag(), "{\"status\": \"scheduled\"}").then().statusCode(200).body("status", equalTo("scheduled"))
                .body("reason", equalTo(null));
        report(etag(), "{\"status\": \"paid\", \"reference\": \"ICBC-9\"}").then().statusCode(200);
        report("\"0\"", "{\"status\": \"failed\"}").then().statusCode(412);
        assertThat(stored().status.code()).isEqualTo("paid");
        assertThat(stored().reason).isNull();
        assertThat(stored().reference).isEqualTo("ICBC-9");
    }

    @Test
    void anotherStreetNeitherSeesNorReportsIt() {
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        given().auth().oauth2(jinrongjieOfficer).queryParam("limit", 100).when().get("/api/v1/admin/disbursements")
                .then().statusCode(200).body("items.id", not(hasItem(disbursementId)));
        given().auth().oauth2(jinrongjieOfficer).when().get("/api/v1/admin/disbursements/" + disbursementId)
                .then().statusCode(404).body("code", equalTo("DISBURSEMENT_NOT_FOUND"));
        given().auth().oauth2(jinrongjieOfficer).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"status\": \"paid\"}")
                .when().post("/api/v1/admin/disbursements/" + disbursementId + "/status").then().statusCode(404);
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/admin/disbursements").then().statusCode(403);
        assertThat(stored().status.code()).isEqualTo("scheduled");
    }

    @Test
    void theSameReportSentTwiceAtOnceCountsOnce() throws Exception {
        String etag = etag();
        List<Response> answers = AtOnce.run(() -> report(etag, "{\"status\": \"paid\", \"reference\": \"BOC-7\"}"),
                () -> report(etag, "{\"status\": \"paid\", \"reference\": \"BOC-7\"}"));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(stored().status.code()).isEqualTo("paid");
        assertThat(stored().version).isEqualTo(1);
    }

    @Test
    void twoChildrensAidPaidAtOnceCompletesTheProgramme() throws Exception {
        String id = HardshipFixtures.applyOffer(worker, HardshipFixtures.offerOf(worker, "hardship.education-aid"),
                UUID.randomUUID().toString(), "{}").then().statusCode(201).extract().path("summary.id");
        HardshipFixtures.approveProgramme(deshengOfficer, districtOfficer, id, "{}").then().statusCode(200);
        List<String> children = given().auth().oauth2(worker.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/disbursements").then().statusCode(200)
                .extract().path("items.findAll { it.applicationId == '" + id + "' }.id");
        assertThat(children).hasSize(2);

        List<Response> answers = AtOnce.run(() -> pay(children.get(0)), () -> pay(children.get(1)));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("summary.status", equalTo("completed"));
    }

    @Test
    void theListIsPagedByCursor() {
        disbursements.scheduleMonth(YearMonth.from(BeijingTime.today(clock)).plusMonths(1));
        String first = given().auth().oauth2(worker.accessToken()).queryParam("limit", 1)
                .when().get("/api/v1/me/disbursements").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("nextCursor");
        given().auth().oauth2(worker.accessToken()).queryParam("limit", 1).queryParam("cursor", first)
                .when().get("/api/v1/me/disbursements").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
        given().auth().oauth2(worker.accessToken()).queryParam("cursor", "bm9wZQ")
                .when().get("/api/v1/me/disbursements").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    private Response pay(String id) {
        String etag = given().auth().oauth2(deshengOfficer).when().get("/api/v1/admin/disbursements/" + id)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(deshengOfficer).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\": \"paid\", \"reference\": \"EDU-" + id.substring(0, 8) + "\"}")
                .when().post("/api/v1/admin/disbursements/" + id + "/status");
    }

    private String etag() {
        return given().auth().oauth2(deshengOfficer).when().get("/api/v1/admin/disbursements/" + disbursementId)
                .then().statusCode(200).extract().header("ETag");
    }

    private Response report(String ifMatch, String body) {
        var request = given().auth().oauth2(deshengOfficer).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/admin/disbursements/" + disbursementId + "/status");
    }

    private Disbursement stored() {
        return QuarkusTransaction.requiringNew().call(() -> Disbursement.findById(UUID.fromString(disbursementId)));
    }
}
