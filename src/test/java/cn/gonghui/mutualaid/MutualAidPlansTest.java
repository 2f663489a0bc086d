package cn.gonghui.mutualaid;

import static cn.gonghui.mutualaid.MutualAidFixtures.activeMember;
import static cn.gonghui.mutualaid.MutualAidFixtures.createPlan;
import static cn.gonghui.mutualaid.MutualAidFixtures.enroll;
import static cn.gonghui.mutualaid.MutualAidFixtures.newCode;
import static cn.gonghui.mutualaid.MutualAidFixtures.planBody;
import static cn.gonghui.mutualaid.MutualAidFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans and enrollment: a district officer keeps a year's plan, changes it freely until its coverage
 * starts and corrects it with a new version after that; a street's union enrolls its members in bulk,
 * a gig worker enrolls herself once a year, and her fee paid offline is recorded by an officer.
 */
@QuarkusTest
class MutualAidPlansTest {

    private static final String PLANS = "/api/v1/admin/mutual-aid/plans";

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures cards;

    @Inject
    EntityManager entityManager;

    private String district;
    private String desheng;

    @BeforeEach
    void officers() {
        district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    @Test
    void aPlanIsChangedUntilItsCoverageStartsAndCorrectedByANewVersionAfter() {
        int nextYear = today().getYear() + 1;
        String code = newCode();
        String etag = createPlan(district, planBody(code, nextYear, 90, "1000.00")).then().statusCode(201)
                .header("Location", endsWith(PLANS + "/" + code))
                .body("planVersion", equalTo(1)).body("inForce", equalTo(false))
                .body("rates.hospitalLevel", hasItems("tertiary", "secondary")).body("deductible", equalTo("1000.00"))
                .extract().header("ETag");
        createPlan(district, planBody(code, nextYear, 90, "1000.00")).then().statusCode(409)
                .body("code", equalTo("MUTUAL_AID_PLAN_EXISTS"));
        createPlan(desheng, planBody(newCode(), nextYear, 90, "1000.00")).then().statusCode(403);

        // not in force yet: changed in place, with the version read
        replace(code, null, planBody(code, nextYear, 60, "800.00")).then().statusCode(428);
        String changed = replace(code, etag, planBody(code, nextYear, 60, "800.00")).then().statusCode(200)
                .body("deductible", equalTo("800.00")).body("waitingDays", equalTo(60)).extract().header("ETag");
        replace(code, etag, planBody(code, nextYear, 30, "800.00")).then().statusCode(412);
        replace("plan-unknown", changed, planBody("plan-unknown", nextYear, 30, "800.00")).then().statusCode(404)
                .body("code", equalTo("MUTUAL_AID_PLAN_NOT_FOUND"));

        given().auth().oauth2(desheng).queryParam("year", nextYear).when().get(PLANS).then().statusCode(200)
                .body("items.code", hasItem(code));
        given().auth().oauth2(desheng).when().get(PLANS + "/" + code).then().statusCode(200)
                .header("ETag", equalTo(changed));
        given().auth().oauth2(desheng).when().get(PLANS + "/plan-unknown").then().statusCode(404);

        // a plan in force keeps its rules: the correction is a new version for claims filed after it
        String inForce = MutualAidFixtures.planInForce(district);
        String inForceTag = given().auth().oauth2(district).when().get(PLANS + "/" + inForce).then().statusCode(200)
                .body("inForce", equalTo(true)).extract().header("ETag");
        replace(inForce, inForceTag, planBody(inForce, today().getYear(), 0, "500.00")).then().statusCode(409)
                .body("code", equalTo("MUTUAL_AID_PLAN_IN_FORCE"));
        correct(inForce, null, planBody(inForce, today().getYear(), 0, "500.00")).then().statusCode(428);
        correct(inForce, inForceTag, planBody(inForce, today().getYear() + 1, 0, "500.00")).then().statusCode(422)
                .body("code", equalTo("MUTUAL_AID_PLAN_INVALID")).body("errors[0].field", equalTo("year"));
        correct(inForce, inForceTag, planBody(inForce, today().getYear(), 0, "500.00")).then().statusCode(201)
                .header("Location", endsWith(PLANS + "/" + inForce + "/versions/2"))
                .body("planVersion", equalTo(2)).body("deductible", equalTo("500.00"));
        // the first version's tag is stale once the second exists
        correct(inForce, inForceTag, planBody(inForce, today().getYear(), 0, "400.00")).then().statusCode(412);
        correct("plan-unknown", inForceTag, planBody("plan-unknown", today().getYear(), 0, "400.00")).then()
                .statusCode(404);
        given().auth().oauth2(desheng).when().get(PLANS + "/" + inForce + "/versions/1").then().statusCode(200)
                .body("deductible", equalTo("1000.00"));
        given().auth().oauth2(desheng).when().get(PLANS + "/" + inForce + "/versions/9").then().statusCode(404);
    }

    @Test
    void aPlanWhoseRulesDoNotHoldTogetherIsRefusedFaultByFault() {
        String code = newCode();
        String body = planBody(code, today().getYear(), 0, "1000.00")
                .replace("\"coverageEndsOn\": \"" + today().getYear() + "-12-31\"",
                        "\"coverageEndsOn\": \"" + (today().getYear() - 1) + "-12-31\"")
                .replace("{\"hospitalLevel\": \"secondary\", \"rate\": \"0.70\"}",
                        "{\"hospitalLevel\": \"tertiary\", \"rate\": \"0.70\"}");
        createPlan(district, body).then().statusCode(422).body("code", equalTo("MUTUAL_AID_PLAN_INVALID"))
                .body("errors.field", hasItems("coverageEndsOn", "rates"));
        createPlan(district, planBody(code, today().getYear(), 0, "1000.5x")).then().statusCode(400);
    }

    @Test
    void aStreetsUnionEnrollsItsActiveMembersAndAGigWorkerEnrollsHerselfOnceAYear() {
        String plan = MutualAidFixtures.planInForce(district);
        TestAccounts.SignedIn member = activeMember(cards, "desheng");
        TestAccounts.SignedIn jinrongjieMember = activeMember(cards, "jinrongjie");
        TestAccounts.SignedIn notAMember = TestApplications.identifiedMember("desheng");

        enroll(desheng, plan, member.memberId(), jinrongjieMember.memberId(), notAMember.memberId())
                .then().statusCode(200).body("enrolled.size()", equalTo(1))
                .body("refused.code", hasItems("NOT_ACTIVE_MEMBER"))
                .body("refused.size()", equalTo(2));
        enroll(desheng, "plan-unknown", member.memberId()).then().statusCode(404);
        String closed = newCode();
        createPlan(district, planBody(closed, today().getYear(), 0, "1000.00")
                .replaceFirst("\"enrollmentOpensAt\": \"[^\"]+\"", "\"enrollmentOpensAt\": \"2020-01-01T00:00:00Z\"")
                .replaceFirst("\"enrollmentClosesAt\": \"[^\"]+\"", "\"enrollmentClosesAt\": \"2020-02-01T00:00:00Z\""))
                .then().statusCode(201);
        enroll(desheng, closed, member.memberId()).then().statusCode(409).body("code", equalTo("ENROLLMENT_CLOSED"));

        // a gig worker of 金融街 enrolls herself; her fee is due until an officer of her street records it
        String enrollment = selfEnroll(jinrongjieMember, plan).then().statusCode(201)
                .body("channel", equalTo("self")).body("feeStatus", equalTo("due")).body("fee", equalTo("60.00"))
                .body("coveredFrom", equalTo(today().toString())).extract().path("id");
        selfEnroll(jinrongjieMember, plan).then().statusCode(409).body("code", equalTo("ALREADY_ENROLLED"));
        selfEnroll(notAMember, plan).then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));
        TestApplications.consent(notAMember, "mutual-aid");
        selfEnroll(notAMember, plan).then().statusCode(422).body("code", equalTo("NOT_ACTIVE_MEMBER"));
        selfEnroll(activeMember(cards, "desheng"), "plan-unknown").then().statusCode(404);
        TestAccounts.SignedIn employed = activeMember(cards, "desheng");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE memberships SET credit_code = :code WHERE member_id = :member")
                .setParameter("code", TestApplications.VALID_CREDIT_CODE).setParameter("member", employed.memberId())
                .executeUpdate());
        selfEnroll(employed, plan).then().statusCode(422).body("code", equalTo("ENROLL_THROUGH_UNION"));

        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String path = "/api/v1/admin/mutual-aid/enrollments/" + enrollment;
        given().auth().oauth2(desheng).when().get(path).then().statusCode(404)
                .body("code", equalTo("MUTUAL_AID_ENROLLMENT_NOT_FOUND"));
        String etag = given().auth().oauth2(jinrongjie).when().get(path).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(desheng).header("If-Match", etag).when().post(path + "/fee-payment").then().statusCode(404);
        given().auth().oauth2(jinrongjie).when().post(path + "/fee-payment").then().statusCode(428);
        given().auth().oauth2(jinrongjie).header("If-Match", "\"41\"").when().post(path + "/fee-payment")
                .then().statusCode(412);
        given().auth().oauth2(jinrongjie).header("If-Match", etag).when().post(path + "/fee-payment")
                .then().statusCode(200).body("feeStatus", equalTo("paid"));
        // recorded twice by a client that did not hear the answer: the same record
        given().auth().oauth2(jinrongjie).header("If-Match", etag).when().post(path + "/fee-payment")
                .then().statusCode(200).body("feeStatus", equalTo("paid"));

        given().auth().oauth2(jinrongjieMember.accessToken()).when().get("/api/v1/me/mutual-aid").then().statusCode(200)
                .body("enrollments[0].enrollment.id", equalTo(enrollment))
                .body("enrollments[0].remaining", equalTo("20000.00"))
                .body("openPlans.code", hasItem(plan))
                .body("enrollments[0].enrollment.planCode", startsWith("plan-"));
    }

    private Response replace(String code, String etag, String body) {
        var request = given().auth().oauth2(district).contentType(ContentType.JSON).body(body);
        return (etag == null ? request : request.header("If-Match", etag)).when().put(PLANS + "/" + code);
    }

    private Response correct(String code, String etag, String body) {
        var request = given().auth().oauth2(district).contentType(ContentType.JSON).body(body);
        return (etag == null ? request : request.header("If-Match", etag)).when().post(PLANS + "/" + code + "/versions");
    }

    private static Response selfEnroll(TestAccounts.SignedIn member, String plan) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"planCode\": \"" + plan + "\"}").when().post("/api/v1/me/mutual-aid/enrollments");
    }
}
