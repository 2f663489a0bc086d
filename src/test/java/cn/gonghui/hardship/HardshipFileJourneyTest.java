package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worker of 德胜 asks for a hardship file: the service classifies the household, 金融街 never
 * sees it, the 德胜 officer visits and escalates, only the district approves, and the approval
 * opens a file for twelve months and offers the programmes the household qualifies for.
 */
@QuarkusTest
class HardshipFileJourneyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Clock clock;

    @Test
    void aDeshengWorkerGetsAHardshipFileAfterTheDistrictsReview() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));

        // four people live on ¥2,400 a month less ¥6,000 of costs a year: (28,800 − 6,000) / 12 / 4 = 475.00
        String id = HardshipFixtures.applyForFile(worker).then().statusCode(201)
                .body("summary.status", equalTo("submitted"))
                .body("result.classification", equalTo("deep"))
                .body("result.perCapitaMonthlyIncome", equalTo("475.00"))
                .body("result.minimumLivingLine", equalTo("1450.00"))
                .extract().path("summary.id");

        // 金融街 cannot see or touch it
        given().auth().oauth2(jinrongjieOfficer).when().get("/api/v1/admin/applications/" + id).then().statusCode(404);
        given().auth().oauth2(jinrongjieOfficer).contentType("application/json").header("If-Match", "\"0\"").body("{}")
                .when().post("/api/v1/admin/applications/" + id + "/actions/accept").then().statusCode(404);

        // 德胜 accepts, visits the household and escalates; the street cannot approve what it escalated
        HardshipFixtures.streetReviews(deshengOfficer, worker, id);
        TestApplications.act(deshengOfficer, id, "approve", "{}").then().statusCode(409)
                .body("code", equalTo("ACTION_NOT_ALLOWED"))
                .body("allowedActions", equalTo(List.of("assign")));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then().statusCode(404)
                .body("code", equalTo("HARDSHIP_FILE_NOT_FOUND"));

        // the district approves: a file, active for twelve months
        LocalDate today = BeijingTime.today(clock);
        String fileId = TestApplications.act(districtOfficer, id, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"))
                .body("result.validUntil", equalTo(today.plusMonths(12).minusDays(1).toString()))
                .extract().path("result.fileId");
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then().statusCode(200)
                .body("id", equalTo(fileId))
                .body("status", equalTo("active"))
                .body("classification", equalTo("deep"))
                .body("perCapitaMonthlyIncome", equalTo("475.00"))
                .body("householdSize", equalTo(4))
                .body("validFrom", equalTo(today.toString()))
                .body("validUntil", equalTo(today.plusMonths(12).minusDays(1).toString()))
                .body("streetCode", equalTo("desheng"));
        HardshipFile stored = QuarkusTransaction.requiringNew().call(() -> HardshipFile.findById(java.util.UUID.fromString(fileId)));
        assertThat(stored.memberId).isEqualTo(worker.memberId());
        assertThat(stored.householdCipher).doesNotContain("student").doesNotContain("2400");

        // 免申即享: what the household qualifies for is offered, filled in, and the inbox says so
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-offers").then().statusCode(200)
                .body("items.serviceCode", containsInAnyOrder("hardship.living-subsidy", "hardship.education-aid",
                        "hardship.medical-aid"))
                .body("items.status", equalTo(List.of("offered", "offered", "offered")))
                .body("items.find { it.serviceCode == 'hardship.education-aid' }.form.children",
                        equalTo(List.of(java.util.Map.of("householdMember", 2, "schoolLevel", "university"),
                                java.util.Map.of("householdMember", 3, "schoolLevel", "senior_high"))));
        List<String> events = given().auth().oauth2(worker.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().statusCode(200).extract().jsonPath().getList("items.event");
        assertThat(events).contains("submitted", "escalated", "approved");
        assertThat(events.stream().filter("hardship_offer"::equals)).hasSize(3);
        given().auth().oauth2(worker.accessToken()).queryParam("limit", 100).when().get("/api/v1/me/messages").then()
                .body("items.title", hasItem("免申即享：金秋助学"));
    }

    @Test
    void theHouseholdNamesTheApplicantOnceAndEachStudentsSchool() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        TestApplications.apply(worker, HardshipFixtures.fileBody("""
                [{"relation": "spouse", "age": 45, "status": "employed", "monthlyIncome": "2400.00"},
                 {"relation": "child", "age": 12, "status": "student", "monthlyIncome": "0"}]""", "0", "[\"unemployment\"]"))
                .then().statusCode(422)
                .body("code", equalTo("FORM_INVALID"))
                .body("errors.field", containsInAnyOrder("form.household", "form.household[1].schoolLevel"))
                .body("errors.code", containsInAnyOrder("SELF_REQUIRED", "REQUIRED"));
        TestApplications.apply(worker, HardshipFixtures.fileBody("""
                [{"relation": "self", "age": "forty", "status": "employed", "monthlyIncome": "2400"}]""", "0", "[]"))
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("form.household[0].age", "form.causes"));
    }

    @Test
    void aSupplementIsHeldToTheHouseholdRulesAndClassifiedAgain() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String id = HardshipFixtures.applyForFile(worker).then().statusCode(201).extract().path("summary.id");
        TestApplications.act(deshengOfficer, id, "accept", "{}").then().statusCode(200);
        TestApplications.act(deshengOfficer, id, "request-info", "{\"reason\": \"请核实家庭成员收入\"}").then().statusCode(200);

        // a household without the applicant is refused, and the application still waits for the answer
        given().auth().oauth2(worker.accessToken()).contentType("application/json").body("""
                {"note": "更正家庭成员", "form": {"household": [
                  {"relation": "spouse", "age": 45, "status": "employed", "monthlyIncome": "2400.00"}]}}""")
                .when().post("/api/v1/applications/" + id + "/supplements").then().statusCode(422)
                .body("errors.code", hasItem("SELF_REQUIRED"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + id).then()
                .body("summary.status", equalTo("needs_info"))
                .body("result.perCapitaMonthlyIncome", equalTo("475.00"));

        // two people on ¥6,000 a month, no costs, no illness any more: 3,000.00 a person is above twice
        // the line of ¥1,450
        given().auth().oauth2(worker.accessToken()).contentType("application/json").body("""
                {"note": "孩子已工作", "form": {"annualUnavoidableCosts": "0", "causes": ["unemployment"], "household": [
                  {"relation": "self", "age": 48, "status": "employed", "monthlyIncome": "3000.00"},
                  {"relation": "child", "age": 23, "status": "employed", "monthlyIncome": "3000.00"}]}}""")
                .when().post("/api/v1/applications/" + id + "/supplements").then().statusCode(200)
                .body("summary.status", equalTo("accepted"))
                .body("result.perCapitaMonthlyIncome", equalTo("3000.00"))
                .body("result.classification", equalTo("not_eligible"));
    }

    @Test
    void withoutConsentToTheHardshipPurposeNothingIsKept() {
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");
        HardshipFixtures.applyForFile(worker).then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));
    }

    @Test
    void aNotEligibleHouseholdIsReviewedAndTheDistrictDecidesItsClass() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String id = TestApplications.apply(worker, HardshipFixtures.fileBody("""
                [{"relation": "self", "age": 50, "status": "employed", "monthlyIncome": "9000.00"}]""", "0",
                "[\"unemployment\"]")).then().statusCode(201)
                .body("result.classification", equalTo("not_eligible")).extract().path("summary.id");
        HardshipFixtures.streetReviews(deshengOfficer, worker, id);
        TestApplications.act(districtOfficer, id, "approve", "{}").then().statusCode(422)
                .body("code", equalTo("CLASSIFICATION_REQUIRED"))
                .body("errors[0].field", equalTo("result.classification"));
        TestApplications.act(districtOfficer, id, "approve", "{\"result\": {\"classification\": \"accident\"}}")
                .then().statusCode(200).body("result.classification", equalTo("accident"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then().statusCode(200)
                .body("classification", equalTo("accident"));
        // no living subsidy for accident hardship, no student, no illness: nothing to offer
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-offers").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }
}
