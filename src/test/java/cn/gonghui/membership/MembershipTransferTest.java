package cn.gonghui.membership;

import static cn.gonghui.testing.TestApplications.act;
import static cn.gonghui.testing.TestApplications.apply;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member who changes job moves their membership; the receiving street approves; the number stays. */
@QuarkusTest
class MembershipTransferTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aMemberMovesFromDeshengToJinrongjieKeepingTheNumber() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String number = becomeMember(member, desheng);

        String transfer = apply(member, "{\"serviceCode\": \"membership.transfer\", \"streetCode\": \"jinrongjie\", "
                + "\"form\": {\"employerName\": \"北京某某银行\", \"creditCode\": \"" + TestApplications.VALID_CREDIT_CODE
                + "\", \"employerUnion\": \"北京某某银行工会\", \"reason\": \"换了工作\"}}")
                .then().statusCode(201).extract().path("summary.id");
        given().auth().oauth2(desheng).when().get("/api/v1/admin/applications/" + transfer).then().statusCode(404);
        act(jinrongjie, transfer, "accept", "{}").then().statusCode(200);
        act(jinrongjie, transfer, "approve", "{}").then().statusCode(200)
                .body("result.memberNumber", equalTo(number))
                .body("result.union", equalTo("北京某某银行工会"));

        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/membership").then().statusCode(200)
                .body("number", equalTo(number))
                .body("street.code", equalTo("jinrongjie"))
                .body("history.event", equalTo(List.of("joined", "transferred")));
    }

    @Test
    void transferringNeedsAMembershipAndJoiningTwiceIsRefused() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        apply(member, "{\"serviceCode\": \"membership.transfer\", \"streetCode\": \"jinrongjie\", "
                + "\"form\": {\"occupation\": \"courier\", \"reason\": \"搬家\"}}")
                .then().statusCode(422).body("code", equalTo("MEMBERSHIP_REQUIRED"));

        becomeMember(member, TestAccounts.officerToken(accounts.streetOfficer("desheng")));
        apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
                + "\"form\": {\"occupation\": \"courier\"}}")
                .then().statusCode(422).body("code", equalTo("ALREADY_MEMBER"));
    }

    /** Joins through the whole line, visit included; returns the member number. */
    private static String becomeMember(TestAccounts.SignedIn member, String officer) {
        String id = TestApplications.join(member, "desheng");
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        act(officer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        return act(officer, id, "approve", "{}").then().statusCode(200).extract().path("result.memberNumber");
    }
}
