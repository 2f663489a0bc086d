package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.disbursement.Disbursement;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;

/** The hardship journeys' common steps, through HTTP as the clients take them. */
final class HardshipFixtures {

    /** Self (employed, ¥2,400), spouse unable to work, a university student and a senior-high student. */
    static final String FAMILY = """
            [{"relation": "self", "age": 45, "status": "employed", "monthlyIncome": "2400.00"},
             {"relation": "spouse", "age": 44, "status": "unable_to_work", "monthlyIncome": "0"},
             {"relation": "child", "age": 19, "status": "student", "schoolLevel": "university", "monthlyIncome": "0"},
             {"relation": "child", "age": 16, "status": "student", "schoolLevel": "senior_high", "monthlyIncome": "0"}]""";

    private HardshipFixtures() {
    }

    /** A member of 德胜 with a recorded identity who agreed to the hardship policy. */
    static TestAccounts.SignedIn hardshipMember() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        TestApplications.consent(member, "hardship");
        return member;
    }

    static String fileBody(String household, String costs, String causes) {
        return "{\"serviceCode\": \"hardship.file\", \"streetCode\": \"desheng\", \"form\": {\"household\": " + household
                + ", \"annualUnavoidableCosts\": \"" + costs + "\", \"causes\": " + causes
                + ", \"situation\": \"配偶因病丧失劳动能力，两个孩子在读\"}}";
    }

    static Response applyForFile(TestAccounts.SignedIn member) {
        return TestApplications.apply(member, fileBody(FAMILY, "6000.00", "[\"illness\", \"education_costs\"]"));
    }

    /** The street takes the file through the home visit to the district's review. */
    static void streetReviews(String streetOfficer, TestAccounts.SignedIn member, String id) {
        TestApplications.inviteToDesheng(streetOfficer, id);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        TestApplications.act(streetOfficer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200)
                .body("summary.status", equalTo("in_review"));
        TestApplications.act(streetOfficer, id, "escalate", "{}").then().statusCode(200)
                .body("summary.status", equalTo("escalated"));
    }

    /** A member with an approved file of the family above (deep hardship); returns the file application's id. */
    static String approvedFile(TestAccounts.SignedIn member, String streetOfficer, String districtOfficer) {
        String id = applyForFile(member).then().statusCode(201).extract().path("summary.id");
        streetReviews(streetOfficer, member, id);
        TestApplications.act(districtOfficer, id, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"));
        return id;
    }

    /** The id of the member's offer of a programme. */
    static String offerOf(TestAccounts.SignedIn member, String serviceCode) {
        return given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/hardship-offers")
                .then().statusCode(200).extract().path("items.find { it.serviceCode == '" + serviceCode + "' }.id");
    }

    static Response applyOffer(TestAccounts.SignedIn member, String offerId, String key, String body) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/me/hardship-offers/" + offerId + "/apply");
    }

    /** Street accepts and escalates a programme application, the district approves it with the body given. */
    static Response approveProgramme(String streetOfficer, String districtOfficer, String id, String approval) {
        TestApplications.act(streetOfficer, id, "accept", "{}").then().statusCode(200);
        TestApplications.act(streetOfficer, id, "escalate", "{}").then().statusCode(200)
                .body("summary.status", equalTo("escalated"));
        return TestApplications.act(districtOfficer, id, "approve", approval);
    }

    static List<Disbursement> disbursementsOfMember(java.util.UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() ->
                Disbursement.<Disbursement>list("memberId = ?1 order by programme, beneficiary", memberId));
    }
}
