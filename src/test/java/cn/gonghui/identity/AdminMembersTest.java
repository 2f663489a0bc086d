package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Officers see the members their streets' unions reach only (see MemberScopeTest), and never their
 * personal data in plain.
 */
@QuarkusTest
class AdminMembersTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aStreetOfficerListsOnlyTheirStreet() {
        TestAccounts.SignedIn ofDesheng = applicantOf("desheng");
        TestAccounts.SignedIn ofJinrongjie = applicantOf("jinrongjie");
        TestAccounts.SignedIn onlyTypedDesheng = TestAccounts.newMemberOf("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        given().auth().oauth2(officer).queryParam("limit", 100).when().get("/api/v1/admin/members")
                .then().statusCode(200)
                .body("items.id", hasItem(ofDesheng.memberId().toString()))
                .body("items.id", not(hasItem(ofJinrongjie.memberId().toString())))
                .body("items.id", not(hasItem(onlyTypedDesheng.memberId().toString())));
    }

    @Test
    void aDistrictOfficerSeesEveryStreet() {
        TestAccounts.SignedIn ofDesheng = applicantOf("desheng");
        TestAccounts.SignedIn ofJinrongjie = applicantOf("jinrongjie");
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        for (TestAccounts.SignedIn member : List.of(ofDesheng, ofJinrongjie)) {
            given().auth().oauth2(district).when().get("/api/v1/admin/members/" + member.memberId())
                    .then().statusCode(200)
                    .body("id", equalTo(member.memberId().toString()));
        }
    }

    /** A worker with a join application under review in the street. */
    private static TestAccounts.SignedIn applicantOf(String streetCode) {
        TestAccounts.SignedIn worker = TestApplications.identifiedMember(streetCode);
        TestApplications.join(worker, streetCode);
        return worker;
    }

    @Test
    void personalDataIsMaskedAndFoundByItsBlindIndex() {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        TestApplications.consent(member, "membership");
        String idNumber = IdNumbers.bornOn("19830315");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"欧阳娜娜\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"dev-phone-13712345678\"}")
                .when().post("/api/v1/auth/wechat/phone").then().statusCode(200);
        TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        given().auth().oauth2(officer).when().get("/api/v1/admin/members/" + member.memberId())
                .then().statusCode(200)
                .body("realName", equalTo("欧阳**"))
                .body("idNumber", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("phone", equalTo("137****5678"));

        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"idNumber\": \"" + idNumber + "\"}")
                .when().post("/api/v1/admin/members/lookup")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(member.memberId().toString()));
        String otherStreet = TestAccounts.officerToken(accounts.streetOfficer("yuetan"));
        given().auth().oauth2(otherStreet).contentType(ContentType.JSON).body("{\"phone\": \"13712345678\"}")
                .when().post("/api/v1/admin/members/lookup")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
