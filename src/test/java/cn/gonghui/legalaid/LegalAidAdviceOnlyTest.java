package cn.gonghui.legalaid;

import static cn.gonghui.legalaid.LegalAidJourneyTest.body;
import static cn.gonghui.legalaid.LegalAidJourneyTest.consentingWorker;
import static cn.gonghui.legalaid.LegalAidJourneyTest.stored;
import static cn.gonghui.testing.TestApplications.act;
import static cn.gonghui.testing.TestApplications.apply;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Requests that miss the conditions of aid are accepted all the same, marked advice only with the
 * reasons, and can only be approved for advice; a supplement that changes the facts is judged again.
 */
@QuarkusTest
class LegalAidAdviceOnlyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ObjectMapper json;

    @Test
    void aClaimBelowOneThousandYuanIsAcceptedForAdviceOnly() throws Exception {
        TestAccounts.SignedIn worker = consentingWorker();
        String id = apply(worker, body("wage_arrears", "800.00", "2000.00", 2, false, null)).then().statusCode(201)
                .body("summary.status", equalTo("submitted"))
                .body("result.eligibility", equalTo("advice_only"))
                .body("result.eligibilityReasons", contains("AMOUNT_BELOW_THRESHOLD"))
                .extract().path("summary.id");
        assertThat(stored(id).result.path("eligibility").asText()).isEqualTo("advice_only");

        // the officer works it like any other, but only advice can be approved
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        act(officer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        act(officer, id, "approve", "{\"result\": {\"formOfHelp\": \"litigation\"}}").then().statusCode(422)
                .body("code", equalTo("LEGAL_AID_RESULT_INVALID"))
                .body("errors[0].field", equalTo("result.formOfHelp"))
                .body("errors[0].code", equalTo("ADVICE_ONLY_CASE"));
        given().auth().oauth2(officer).when()
                .get("/api/v1/admin/applications/" + id).then().body("summary.status", equalTo("in_review"));
        act(officer, id, "approve", "{\"result\": {\"formOfHelp\": \"advice\"}}").then().statusCode(200)
                .body("result.formOfHelp", equalTo("advice"));
        act(officer, id, "complete", "{\"result\": {\"outcome\": {\"kind\": \"advice_given\"}}}").then().statusCode(200)
                .body("summary.status", equalTo("completed"))
                .body("result.outcome.kind", equalTo("advice_given"))
                .body("result.eligibility", equalTo("advice_only"));
    }

    @Test
    void aHouseholdEarningTheMinimumWagePerPersonGetsAdviceOnly() {
        // 2 people at ¥2,540 each: not below the line
        apply(consentingWorker(), body("dismissal", "20000.00", "5080.00", 2, false, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("advice_only"))
                .body("result.eligibilityReasons", contains("INCOME_NOT_BELOW_MINIMUM_WAGE"));
        apply(consentingWorker(), body("dismissal", "20000.00", "5079.99", 2, false, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("eligible"));
        apply(consentingWorker(), body("dismissal", "20000.00", null, null, false, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("advice_only"))
                .body("result.eligibilityReasons", contains("INCOME_NOT_GIVEN"));
    }

    @Test
    void aMigrantWorkersWageClaimIsAidedWhateverTheHouseholdEarns() {
        apply(consentingWorker(), body("wage_arrears", "6000.00", "30000.00", 2, true, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("eligible"))
                .body("result.eligibilityReasons", empty())
                .body("result.incomeTestWaived", equalTo(true));
        apply(consentingWorker(), body("work_injury", "50000.00", null, null, true, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("eligible"));
        // a migrant worker's contract dispute is tested as anyone's
        apply(consentingWorker(), body("labour_contract", "6000.00", "30000.00", 2, true, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("advice_only"));
    }

    @Test
    void aSupplementThatRaisesTheAmountIsJudgedAgain() throws Exception {
        TestAccounts.SignedIn worker = consentingWorker();
        String id = apply(worker, body("dismissal", "900.00", "2000.00", 2, false, null)).then().statusCode(201)
                .body("result.eligibility", equalTo("advice_only")).extract().path("summary.id");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        act(officer, id, "accept", "{}").then().statusCode(200);
        act(officer, id, "request-info", "{\"reason\": \"请核实经济补偿金额\"}").then().statusCode(200);

        // a supplement that breaks the form is refused and changes nothing
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"note\": \"去掉家庭人口\", \"form\": {\"householdSize\": null}}")
                .when().post("/api/v1/applications/" + id + "/supplements").then().statusCode(422)
                .body("errors[0].field", equalTo("form.householdSize"))
                .body("errors[0].code", equalTo("INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        assertThat(stored(id).form.toString()).contains("900.00");

        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"note\": \"补偿金应为两个月工资\", \"form\": {\"amountInDispute\": \"9000.00\"}}")
                .when().post("/api/v1/applications/" + id + "/supplements").then().statusCode(200)
                .body("summary.status", equalTo("accepted"))
                .body("form.amountInDispute", equalTo("9000.00"))
                .body("result.eligibility", equalTo("eligible"))
                .body("result.eligibilityReasons", empty());
        assertThat(stored(id).result.path("eligibility").asText()).isEqualTo("eligible");
    }

    @Test
    void theFormIsCheckedAcrossItsFields() {
        TestAccounts.SignedIn worker = consentingWorker();
        apply(worker, body("dismissal", "3000.00", "2000.00", null, false, null)).then().statusCode(422)
                .body("code", equalTo("FORM_INVALID"))
                .body("errors[0].field", equalTo("form.householdSize"))
                .body("errors[0].code", equalTo("INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        apply(worker, body("dismissal", "3000.00", "2000.00", null, false, null).replace("\"householdSize\": null",
                "\"householdSize\": 2.5")).then().statusCode(422)
                .body("errors[0].code", equalTo("HOUSEHOLD_SIZE_WHOLE_NUMBER"));
        apply(worker, body("strike", "-5", null, null, false, null)).then().statusCode(422)
                .body("errors.field", contains("form.disputeType", "form.amountInDispute"))
                .body("errors.code", contains("NOT_ALLOWED", "MONEY_FORMAT"));
        apply(worker, "{\"serviceCode\": \"legal-aid\", \"streetCode\": \"desheng\", \"form\": {}}").then().statusCode(422)
                .body("errors.field", contains("form.disputeType", "form.employerName", "form.amountInDispute",
                        "form.whatHappened", "form.whatIsWanted", "form.migrantWorker"));
    }

    @Test
    void onlyApprovalAndCompletionRecordAResult() {
        String id = apply(consentingWorker(), body("dismissal", "3000.00", "2000.00", 1, false, null)).then()
                .statusCode(201).extract().path("summary.id");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        act(officer, id, "accept", "{\"result\": {\"formOfHelp\": \"advice\"}}").then().statusCode(422)
                .body("errors[0].field", equalTo("result"))
                .body("errors[0].code", equalTo("RESULT_NOT_EXPECTED"));
        act(officer, id, "approve", "{\"result\": {\"formOfHelp\": \"advice\"}}").then().statusCode(409)
                .body("code", equalTo("ACTION_NOT_ALLOWED"));
    }
}
