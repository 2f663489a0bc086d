package cn.gonghui.identity;

import static cn.gonghui.testing.TestApplications.act;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestAccounts.SignedIn;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * An officer sees a member because her union is in the officer's streets (a membership there, or
 * an application to join or transfer in under review there), never because of the street she typed
 * into her profile. Each member here gives 月坛 as her profile street and deals with 德胜 or 金融街.
 */
@QuarkusTest
class MemberScopeTest {

    private static final String MEMBERS = "/api/v1/admin/members/";
    private static final String REASON = "核实会员身份信息";

    @Inject
    TestAccounts accounts;

    @Test
    void afterHerJoinInDeshengIsCompletedTheDeshengOfficerSeesHerMaskedAndPlain() {
        SignedIn worker = TestApplications.identifiedMember("yuetan");
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        joinAndComplete(worker, desheng);

        given().auth().oauth2(desheng).when().get(MEMBERS + worker.memberId()).then().statusCode(200)
                .body("realName", equalTo("测**"));
        given().auth().oauth2(desheng).queryParam("reason", REASON).when().get(MEMBERS + worker.memberId() + "/pii")
                .then().statusCode(200).body("realName", equalTo("测试员"));
        given().auth().oauth2(desheng).queryParam("limit", 100).queryParam("streetCode", "desheng")
                .when().get("/api/v1/admin/members").then().statusCode(200)
                .body("items.id", hasItem(worker.memberId().toString()));

        for (String outside : new String[] {accounts.streetOfficer("jinrongjie"), accounts.streetOfficer("yuetan")}) {
            String token = TestAccounts.officerToken(outside);
            given().auth().oauth2(token).when().get(MEMBERS + worker.memberId()).then().statusCode(404)
                    .body("code", equalTo("MEMBER_NOT_FOUND"));
            given().auth().oauth2(token).queryParam("reason", REASON).when().get(MEMBERS + worker.memberId() + "/pii")
                    .then().statusCode(404);
        }
        for (String wide : new String[] {accounts.officer("district_officer", "xicheng"), accounts.officer("admin", null)}) {
            given().auth().oauth2(TestAccounts.officerToken(wide)).when().get(MEMBERS + worker.memberId())
                    .then().statusCode(200).body("id", equalTo(worker.memberId().toString()));
        }
    }

    @Test
    void aJoinApplicantIsVisibleMaskedDuringReviewAndGoneOnceRejected() {
        SignedIn applicant = TestApplications.identifiedMember("yuetan");
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String application = TestApplications.join(applicant, "desheng");

        given().auth().oauth2(desheng).when().get(MEMBERS + applicant.memberId()).then().statusCode(200)
                .body("realName", equalTo("测**"));
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("jinrongjie")))
                .when().get(MEMBERS + applicant.memberId()).then().statusCode(404);

        act(desheng, application, "reject", "{\"reason\": \"不符合入会条件\"}").then().statusCode(200);
        given().auth().oauth2(desheng).when().get(MEMBERS + applicant.memberId()).then().statusCode(404);
    }

    @Test
    void aTransferredMemberLeavesTheOldStreetsScopeWhenTheTransferIsDone() {
        SignedIn member = TestApplications.identifiedMember("yuetan");
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        joinAndComplete(member, desheng);

        String transfer = TestApplications.apply(member, "{\"serviceCode\": \"membership.transfer\", \"streetCode\": "
                + "\"jinrongjie\", \"form\": {\"occupation\": \"courier\", \"reason\": \"搬家\"}}")
                .then().statusCode(201).extract().path("summary.id");
        // under review both streets see her: her union now, and the one she is moving to
        given().auth().oauth2(desheng).when().get(MEMBERS + member.memberId()).then().statusCode(200);
        given().auth().oauth2(jinrongjie).when().get(MEMBERS + member.memberId()).then().statusCode(200);

        act(jinrongjie, transfer, "accept", "{}").then().statusCode(200);
        act(jinrongjie, transfer, "approve", "{}").then().statusCode(200);
        act(jinrongjie, transfer, "complete", "{}").then().statusCode(200);

        given().auth().oauth2(desheng).when().get(MEMBERS + member.memberId()).then().statusCode(404);
        given().auth().oauth2(desheng).queryParam("limit", 100).when().get("/api/v1/admin/members").then()
                .statusCode(200).body("items.id", not(hasItem(member.memberId().toString())));
        given().auth().oauth2(jinrongjie).queryParam("reason", REASON).when().get(MEMBERS + member.memberId() + "/pii")
                .then().statusCode(200);
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        given().auth().oauth2(district).queryParam("limit", 100).queryParam("streetCode", "jinrongjie")
                .when().get("/api/v1/admin/members").then().statusCode(200)
                .body("items.id", hasItem(member.memberId().toString()));
        given().auth().oauth2(district).queryParam("limit", 100).queryParam("streetCode", "desheng")
                .when().get("/api/v1/admin/members").then().statusCode(200)
                .body("items.id", not(hasItem(member.memberId().toString())));
    }

    @Test
    void anUnknownStreetFilterIsRefused() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        given().auth().oauth2(district).queryParam("streetCode", "atlantis").when().get("/api/v1/admin/members")
                .then().statusCode(400).body("errors[0].field", equalTo("streetCode"))
                .body("errors[0].code", equalTo("UNKNOWN_STREET"));
    }

    /** Joins 德胜 through the whole line, the visit at the station included, to the completed application. */
    static void joinAndComplete(SignedIn worker, String officer) {
        String id = TestApplications.join(worker, "desheng");
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.lateFreeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        act(officer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        act(officer, id, "approve", "{}").then().statusCode(200);
        String status = act(officer, id, "complete", "{}").then().statusCode(200).extract().path("summary.status");
        assertThat(status).isEqualTo("completed");
    }
}
