package cn.gonghui.legalaid;

import static cn.gonghui.testing.TestApplications.act;
import static cn.gonghui.testing.TestApplications.apply;
import static cn.gonghui.testing.TestApplications.consent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.application.Application;
import cn.gonghui.application.Evaluation;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Legal aid from the worker's first tap to the rating, through HTTP only: a 德胜 worker owed wages
 * applies with evidence, the 德胜 officer assigns a union lawyer of 德胜, the lawyer meets the worker
 * at the station, mediates, and records the amount; 金融街 never sees the case.
 */
@QuarkusTest
class LegalAidJourneyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ObjectMapper json;

    @Test
    void aDeshengWorkerOwedWagesGetsThemThroughMediation() throws Exception {
        TestAccounts.SignedIn worker = TestAccounts.newMemberOf("desheng");
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String notALawyer = accounts.streetOfficer("desheng");
        String jinrongjieLawyer = accounts.lawyer("jinrongjie");
        String deshengLawyer = accounts.lawyer("desheng");
        String lawyer = TestAccounts.officerToken(deshengLawyer);
        UUID lawyerId = accounts.officerId(deshengLawyer);

        // the worker reads the service, agrees to the legal-aid privacy policy and uploads the evidence
        given().when().get("/api/v1/services/legal-aid").then().statusCode(200)
                .body("service.name", equalTo("法律援助"))
                .body("form.attributes.code", contains("disputeType", "employerName", "amountInDispute", "whatHappened",
                        "whatIsWanted", "householdMonthlyIncome", "householdSize", "migrantWorker", "evidence"));
        apply(worker, body("wage_arrears", "8600.00", "5000.00", 3, false, null)).then().statusCode(422)
                .body("code", equalTo("CONSENT_REQUIRED"));
        consent(worker, "legal-aid");
        String evidence = given().auth().oauth2(worker.accessToken())
                .multiPart("file", "payslips.pdf", "%PDF-1.7 payslips".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");

        // and applies: the amount and the household's income make the case eligible for full aid
        Response submitted = given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "legal-aid-" + worker.memberId())
                .body(body("wage_arrears", "8600.00", "5000.00", 3, false, evidence))
                .when().post("/api/v1/applications");
        submitted.then().statusCode(201)
                .body("summary.serviceCode", equalTo("legal-aid"))
                .body("summary.status", equalTo("submitted"))
                .body("result.eligibility", equalTo("eligible"))
                .body("result.eligibilityReasons", empty())
                .body("result.minimumWage", equalTo("2540.00"))
                .body("result.amountThreshold", equalTo("1000.00"))
                .body("result.incomeTestWaived", equalTo(false))
                .body("attachments.size()", equalTo(1));
        String id = submitted.jsonPath().getString("summary.id");
        String path = "/api/v1/admin/applications/" + id;

        // the household's income is stored encrypted and withheld from officers
        Application stored = stored(id);
        assertThat(stored.form.toString()).doesNotContain("householdMonthlyIncome").doesNotContain("5000.00");
        assertThat(stored.formSensitive).isNotNull().doesNotContain("5000.00");
        given().auth().oauth2(deshengOfficer).when().get(path).then().statusCode(200)
                .body("withheldFields.code", contains("householdMonthlyIncome", "householdSize"))
                .body("form.employerName", equalTo("北京某某餐饮有限公司"));

        // 金融街 can neither see nor touch it; the district sees it
        given().auth().oauth2(jinrongjieOfficer).queryParam("serviceCode", "legal-aid").queryParam("limit", 100)
                .when().get("/api/v1/admin/applications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(jinrongjieOfficer).when().get(path).then().statusCode(404);
        given().auth().oauth2(TestAccounts.officerToken(accounts.officer("district_officer", "xicheng")))
                .when().get(path).then().statusCode(200);
        given().auth().oauth2(jinrongjieOfficer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post(path + "/actions/accept").then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));

        // the 德胜 officer accepts it and assigns a lawyer: not an ordinary officer, not 金融街's lawyer
        act(deshengOfficer, id, "accept", "{}").then().statusCode(200).body("summary.status", equalTo("accepted"));
        assign(deshengOfficer, id, notALawyer).then().statusCode(422)
                .body("code", equalTo("APPLICATION_INVALID"))
                .body("errors[0].field", equalTo("officerId"))
                .body("errors[0].code", equalTo("ASSIGNEE_NOT_LAWYER"));
        assign(deshengOfficer, id, jinrongjieLawyer).then().statusCode(422)
                .body("errors[0].code", equalTo("ASSIGNEE_OUT_OF_SCOPE"));
        assign(deshengOfficer, id, deshengLawyer).then().statusCode(200)
                .body("summary.assigneeId", equalTo(lawyerId.toString()))
                .body("result.lawyer.officerId", equalTo(lawyerId.toString()))
                .body("result.lawyer.displayName", equalTo("Test officer"))
                .body("summary.status", equalTo("accepted"));

        // the lawyer invites the worker to the 德胜 station, where the worker books a slot
        act(lawyer, id, "invite-appointment", "{\"stationId\": \"" + TestApplications.DESHENG_OUTDOOR_STATION + "\"}")
                .then().statusCode(200).body("summary.status", equalTo("awaiting_appointment"));
        String slot = TestApplications.freeDeshengSlot();
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON).body("{\"slotId\": \"" + slot + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment")
                .then().statusCode(200).body("appointment.status", equalTo("booked"));
        act(lawyer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200)
                .body("summary.status", equalTo("in_review"));

        // approving needs the form of help
        act(lawyer, id, "approve", "{}").then().statusCode(422)
                .body("code", equalTo("LEGAL_AID_RESULT_INVALID"))
                .body("errors[0].field", equalTo("result"))
                .body("errors[0].code", equalTo("REQUIRED"));
        act(lawyer, id, "approve", "{\"result\": {}}").then().statusCode(422)
                .body("errors[0].field", equalTo("result.formOfHelp"))
                .body("errors[0].message", equalTo("必填"));
        act(lawyer, id, "approve", "{\"result\": {\"formOfHelp\": \"mediation\"}}").then().statusCode(200)
                .body("summary.status", equalTo("approved"))
                .body("result.formOfHelp", equalTo("mediation"))
                .body("result.eligibility", equalTo("eligible"));

        // completing needs the outcome; a mediated one needs its amount
        act(lawyer, id, "complete", "{\"result\": {\"outcome\": {\"kind\": \"mediated\"}}}").then().statusCode(422)
                .body("errors[0].field", equalTo("result.outcome.mediatedAmount"))
                .body("errors[0].code", equalTo("REQUIRED"));
        act(lawyer, id, "complete", "{\"result\": {\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"8600\", "
                + "\"summary\": \"经调解，单位同意一次性补发工资\"}}}").then().statusCode(200)
                .body("summary.status", equalTo("completed"));

        // the worker sees the result and rates the service, which counts for the lawyer
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("summary.status", equalTo("completed"))
                .body("result.formOfHelp", equalTo("mediation"))
                .body("result.outcome.kind", equalTo("mediated"))
                .body("result.outcome.mediatedAmount", equalTo("8600.00"))
                .body("result.outcome.summary", equalTo("经调解，单位同意一次性补发工资"))
                .body("result.lawyer.displayName", equalTo("Test officer"))
                .body("history.action", equalTo(List.of("submit", "accept", "assign", "invite-appointment",
                        "book-appointment", "record-visit", "approve", "complete")));
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"rating\": 5, \"comment\": \"律师很专业\"}")
                .when().post("/api/v1/applications/" + id + "/evaluation")
                .then().statusCode(200).body("evaluation.rating", equalTo(5));

        List<String> heard = given().auth().oauth2(worker.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().statusCode(200).extract().jsonPath()
                .getList("items.event");
        assertThat(heard).contains("submitted", "accepted", "awaiting_appointment", "appointment_booked", "in_review",
                "approved", "completed");

        JsonNode result = stored(id).result;
        assertThat(result.at("/outcome/mediatedAmount").asText()).isEqualTo("8600.00");
        assertThat(result.at("/formOfHelp").asText()).isEqualTo("mediation");
        Evaluation rating = QuarkusTransaction.requiringNew().call(() -> Evaluation.findById(UUID.fromString(id)));
        assertThat(rating.officerId).isEqualTo(lawyerId);
    }

    @Test
    void aRetryOfTheSameSubmissionIsOneApplication() {
        TestAccounts.SignedIn worker = consentingWorker();
        String key = "legal-aid-retry-" + worker.memberId();
        String first = submit(worker, key, body("dismissal", "3000.00", "2000.00", 1, false, null)).then().statusCode(201)
                .extract().path("summary.id");
        String again = submit(worker, key, body("dismissal", "3000.00", "2000.00", 1, false, null)).then().statusCode(201)
                .extract().path("summary.id");
        assertThat(again).isEqualTo(first);
        // a worker may have several disputes open at once
        apply(worker, body("social_insurance", "4000.00", "2000.00", 1, false, null)).then().statusCode(201);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Application.count("memberId", worker.memberId())))
                .isEqualTo(2);
    }

    @Test
    void aWorkerMayStillDropAnApprovedRequestAndTheDecisionStaysOnRecord() {
        TestAccounts.SignedIn worker = consentingWorker();
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String id = apply(worker, body("wage_arrears", "8600.00", null, null, true, null)).then().statusCode(201)
                .extract().path("summary.id");
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        act(officer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        act(officer, id, "approve", "{\"result\": {\"formOfHelp\": \"advice\"}}").then().statusCode(200);

        // the approval only decided the form of help: the worker, settled with the employer, may still withdraw
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("withdraw")));
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"已与单位和解\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                .body("summary.status", equalTo("withdrawn"))
                .body("result.formOfHelp", equalTo("advice"));
    }

    private static Response submit(TestAccounts.SignedIn worker, String key, String body) {
        return given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/applications");
    }

    static TestAccounts.SignedIn consentingWorker() {
        TestAccounts.SignedIn worker = TestAccounts.newMemberOf("desheng");
        consent(worker, "legal-aid");
        return worker;
    }

    private Response assign(String officerToken, String id, String username) {
        return act(officerToken, id, "assign", "{\"officerId\": \"" + accounts.officerId(username) + "\"}");
    }

    static Application stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(UUID.fromString(id)));
    }

    /** A legal-aid application in 德胜; {@code income} null leaves the household out. */
    static String body(String disputeType, String amount, String income, Integer size, boolean migrant, String evidence) {
        StringBuilder form = new StringBuilder("{\"disputeType\": \"" + disputeType + "\", "
                + "\"employerName\": \"北京某某餐饮有限公司\", "
                + "\"amountInDispute\": \"" + amount + "\", \"whatHappened\": \"2026年9月起单位拖欠工资至今\", "
                + "\"whatIsWanted\": \"补发工资\", \"migrantWorker\": " + migrant);
        if (income != null) {
            form.append(", \"householdMonthlyIncome\": \"").append(income).append("\", \"householdSize\": ").append(size);
        }
        if (evidence != null) {
            form.append(", \"evidence\": [\"").append(evidence).append("\"]");
        }
        return "{\"serviceCode\": \"legal-aid\", \"streetCode\": \"desheng\", \"form\": " + form + "}}";
    }
}
