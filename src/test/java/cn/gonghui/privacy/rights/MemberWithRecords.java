package cn.gonghui.privacy.rights;

import static cn.gonghui.testing.TestApplications.act;
import static io.restassured.RestAssured.given;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestServices;
import io.restassured.http.ContentType;
import java.util.UUID;

/**
 * A member the service holds a bit of everything about, made through the API: a nickname, phone
 * and identity; consents; an uploaded document; a hardship application with a sensitive income
 * (still open); a join application taken through the visit to the member number, rated; messages.
 */
record MemberWithRecords(String loginCode, TestAccounts.SignedIn member, String idNumber, String attachmentId,
        String hardshipId, String joinId) {

    static final String PHONE = "13912340000";
    static final byte[] PDF = "%PDF-1.4 劳动合同".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static MemberWithRecords make(TestAccounts accounts, TestServices services) {
        services.hardship();
        String loginCode = "dev-" + UUID.randomUUID().toString().substring(0, 12);
        TestAccounts.SignedIn member = TestAccounts.signIn(loginCode);
        String idNumber = IdNumbers.bornOn("19850315");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"nickname\": \"老周\", \"streetCode\": \"desheng\"}")
                .when().patch("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"dev-phone-" + PHONE + "\"}")
                .when().post("/api/v1/auth/wechat/phone").then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"周建国\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        TestApplications.consent(member, "membership");
        TestApplications.consent(member, "hardship");

        String attachmentId = given().auth().oauth2(member.accessToken())
                .multiPart("file", "labour-contract.pdf", PDF, "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        String hardshipId = TestApplications.apply(member, "{\"serviceCode\": \"" + TestServices.HARDSHIP
                        + "\", \"streetCode\": \"desheng\", \"form\": {\"situation\": \"妻子住院，收入减少\", "
                        + "\"monthlyIncome\": \"1200.00\"}, \"attachmentIds\": [\"" + attachmentId + "\"]}")
                .then().statusCode(201).extract().path("summary.id");

        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String joinId = TestApplications.join(member, "desheng");
        TestApplications.inviteToDesheng(officer, joinId);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + joinId + "/appointment").then().statusCode(200);
        act(officer, joinId, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        act(officer, joinId, "approve", "{}").then().statusCode(200);
        act(officer, joinId, "complete", "{}").then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"rating\": 5, \"comment\": \"周师傅说办得很快\"}")
                .when().post("/api/v1/applications/" + joinId + "/evaluation").then().statusCode(200);
        return new MemberWithRecords(loginCode, member, idNumber, attachmentId, hardshipId, joinId);
    }

    UUID memberId() {
        return member.memberId();
    }
}
