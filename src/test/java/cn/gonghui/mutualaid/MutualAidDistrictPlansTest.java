package cn.gonghui.mutualaid;

import static cn.gonghui.mutualaid.MutualAidFixtures.activeMember;
import static cn.gonghui.mutualaid.MutualAidFixtures.createPlan;
import static cn.gonghui.mutualaid.MutualAidFixtures.enroll;
import static cn.gonghui.mutualaid.MutualAidFixtures.newCode;
import static cn.gonghui.mutualaid.MutualAidFixtures.planBody;
import static cn.gonghui.mutualaid.MutualAidFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReferenceDataChanges;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestCatalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan protects the members of one district: 西城's district officer keeps 西城's plans and cannot
 * reach 顺义's, an administrator names the district, and a member of 德胜 (西城) enrolls only into a
 * plan of 西城 and is offered only those.
 */
@QuarkusTest
class MutualAidDistrictPlansTest {

    private static final String PLANS = "/api/v1/admin/mutual-aid/plans";

    @Inject
    TestAccounts accounts;

    @Inject
    TestCatalogue catalogue;

    @Inject
    CardFixtures cards;

    @Inject
    EntityManager entityManager;

    @Inject
    ReferenceDataChanges changes;

    private String xicheng;
    private String shunyi;
    private String admin;
    private String desheng;

    @BeforeEach
    void officers() {
        catalogue.otherDistrict();
        xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        shunyi = TestAccounts.officerToken(accounts.officer("district_officer", "shunyi"));
        admin = TestAccounts.officerToken(accounts.officer("admin", null));
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    @Test
    void aDistrictOfficerKeepsHerOwnDistrictsPlansAndAnAdministratorNamesTheDistrict() {
        int nextYear = today().getYear() + 1;
        String ours = newCode();
        String etag = createPlan(xicheng, planBody(ours, nextYear, 0, "1000.00")).then().statusCode(201)
                .body("districtCode", equalTo("xicheng")).extract().header("ETag");
        createPlan(xicheng, withDistrict(planBody(newCode(), nextYear, 0, "1000.00"), "shunyi")).then().statusCode(403)
                .body("code", equalTo("MUTUAL_AID_PLAN_OUT_OF_REACH"));

        // 顺义's officer does not find 西城's plan, to read, change or correct
        given().auth().oauth2(shunyi).when().get(PLANS + "/" + ours).then().statusCode(404)
                .body("code", equalTo("MUTUAL_AID_PLAN_NOT_FOUND"));
        given().auth().oauth2(shunyi).when().get(PLANS + "/" + ours + "/versions/1").then().statusCode(404);
        given().auth().oauth2(shunyi).contentType(ContentType.JSON).header("If-Match", etag)
                .body(planBody(ours, nextYear, 30, "1000.00")).when().put(PLANS + "/" + ours).then().statusCode(404);
        given().auth().oauth2(shunyi).contentType(ContentType.JSON).header("If-Match", etag)
                .body(planBody(ours, nextYear, 30, "1000.00")).when().post(PLANS + "/" + ours + "/versions")
                .then().statusCode(404);
        given().auth().oauth2(shunyi).when().get(PLANS).then().statusCode(200).body("items.code", not(hasItem(ours)));
        // the district stays with the plan
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("If-Match", etag)
                .body(withDistrict(planBody(ours, nextYear, 30, "1000.00"), "shunyi")).when().put(PLANS + "/" + ours)
                .then().statusCode(422).body("errors[0].field", equalTo("districtCode"))
                .body("errors[0].code", equalTo("DISTRICT_CHANGED"));

        // an administrator names the district, a known one
        String theirs = newCode();
        createPlan(admin, planBody(newCode(), nextYear, 0, "1000.00")).then().statusCode(422)
                .body("code", equalTo("MUTUAL_AID_PLAN_INVALID")).body("errors[0].field", equalTo("districtCode"));
        createPlan(admin, withDistrict(planBody(newCode(), nextYear, 0, "1000.00"), "nowhere")).then().statusCode(422)
                .body("code", equalTo("MUTUAL_AID_PLAN_INVALID")).body("errors[0].code", equalTo("UNKNOWN_DISTRICT"));
        createPlan(admin, withDistrict(planBody(theirs, nextYear, 0, "1000.00"), "shunyi")).then().statusCode(201)
                .body("districtCode", equalTo("shunyi"));
        // codes are unique across districts
        createPlan(shunyi, planBody(ours, nextYear, 0, "1000.00")).then().statusCode(409)
                .body("code", equalTo("MUTUAL_AID_PLAN_EXISTS"));

        given().auth().oauth2(admin).queryParam("districtCode", "shunyi").queryParam("year", nextYear)
                .when().get(PLANS).then().statusCode(200)
                .body("items.code", hasItem(theirs)).body("items.code", not(hasItem(ours)));
        given().auth().oauth2(admin).queryParam("districtCode", "nowhere").when().get(PLANS).then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(xicheng).when().get(PLANS).then().statusCode(200)
                .body("items.code", hasItem(ours)).body("items.code", not(hasItem(theirs)));
        given().auth().oauth2(desheng).when().get(PLANS + "/" + theirs).then().statusCode(404);
        given().auth().oauth2(shunyi).when().get(PLANS + "/" + theirs).then().statusCode(200)
                .body("districtCode", equalTo("shunyi"));
    }

    @Test
    void aMemberEnrollsOnlyIntoAPlanOfHerOwnDistrictAndIsOfferedOnlyThose() {
        String ours = MutualAidFixtures.planInForce(xicheng);
        String theirs = newCode();
        createPlan(shunyi, planBody(theirs, today().getYear(), 0, "1000.00")).then().statusCode(201);
        TestAccounts.SignedIn worker = activeMember(cards, "desheng");

        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/mutual-aid").then().statusCode(200)
                .body("openPlans.code", hasItem(ours)).body("openPlans.code", not(hasItem(theirs)));
        // 德胜's union does not reach 顺义's plan, and she cannot enroll into it herself
        enroll(desheng, theirs, worker.memberId()).then().statusCode(404).body("code", equalTo("MUTUAL_AID_PLAN_NOT_FOUND"));
        selfEnroll(worker, theirs).then().statusCode(422).body("code", equalTo("MUTUAL_AID_PLAN_OF_OTHER_DISTRICT"));
        selfEnroll(worker, ours).then().statusCode(201).body("planCode", equalTo(ours));
    }

    @Test
    void aUnionWorkingStreetsOfTwoDistrictsEnrollsIntoAPlanOnlyTheMembersOfItsDistrict() {
        String outside = streetOfAThirdDistrict();
        String officer = TestAccounts.officerToken(accounts.officer("officer", null, "desheng", outside));
        String ours = MutualAidFixtures.planInForce(xicheng);
        TestAccounts.SignedIn ofDesheng = activeMember(cards, "desheng");
        TestAccounts.SignedIn ofTheOtherDistrict = activeMember(cards, outside);

        enroll(officer, ours, ofDesheng.memberId(), ofTheOtherDistrict.memberId()).then().statusCode(200)
                .body("enrolled.memberId", hasItem(ofDesheng.memberId().toString()))
                .body("refused.size()", equalTo(1))
                .body("refused[0].memberId", equalTo(ofTheOtherDistrict.memberId().toString()))
                .body("refused[0].code", equalTo("PLAN_OF_OTHER_DISTRICT"));
    }

    /** A district beside 西城 and 顺义 with one street; its code. */
    private String streetOfAThirdDistrict() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO districts (id, code, name, number_prefix)
                    VALUES ('01a20144-3ae0-79cf-b588-0317fa56aaaa', 'mutual-aid-test-district', '互助测试区', 'MT')
                    ON CONFLICT DO NOTHING""").executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO streets (id, district_id, code, name, display_order)
                    VALUES ('01a20144-3ae5-7c67-86d3-0c37eab3aaaa', '01a20144-3ae0-79cf-b588-0317fa56aaaa',
                            'mutual-aid-test-street', '互助测试街道', 1) ON CONFLICT DO NOTHING""").executeUpdate();
            // streets are reference data every instance keeps in memory: a change outside a migration is announced
            changes.announce(StreetQueries.REFERENCE_DATA_KIND);
        });
        return "mutual-aid-test-street";
    }

    private static String withDistrict(String body, String districtCode) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"districtCode\": \"" + districtCode + "\"}";
    }

    private static io.restassured.response.Response selfEnroll(TestAccounts.SignedIn member, String plan) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"planCode\": \"" + plan + "\"}").when().post("/api/v1/me/mutual-aid/enrollments");
    }
}
