package cn.gonghui.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Who looked at what, and did what, stays on record; only auditors read it; nobody rewrites it. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aLookAtAMembersPersonalDataNeedsAReasonAndIsRecorded() {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        String idNumber = IdNumbers.bornOn("19800202");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"张三\", \"idNumber\": \"" + idNumber + "\"}").when().put("/api/v1/me/identity")
                .then().statusCode(200);
        TestApplications.consent(member, "membership");
        TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String pii = "/api/v1/admin/members/" + member.memberId() + "/pii";

        given().auth().oauth2(officer).when().get(pii).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(officer).queryParam("reason", "a").when().get(pii).then().statusCode(400);
        given().auth().oauth2(officer).queryParam("reason", "核实入会申请人身份").when().get(pii)
                .then().statusCode(200).body("idNumber", equalTo(idNumber)).body("realName", equalTo("张三"));

        JsonPath events = trail("member.pii_view", member.memberId().toString());
        assertThat(events.getList("items.outcome")).containsExactly("success");
        assertThat(events.getString("items[0].details.reason")).isEqualTo("核实入会申请人身份");
        assertThat(events.getString("items[0].actorRole")).isEqualTo("officer");
        assertThat(events.getString("items[0].requestId")).isNotBlank();
        assertThat(events.getString("items[0].ip")).isNotBlank();
    }

    @Test
    void anOfficerOutsideTheStreetFindsNothingAndTheAttemptIsRecorded() {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        String other = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        given().auth().oauth2(other).queryParam("reason", "想看看这个人")
                .when().get("/api/v1/admin/members/" + member.memberId() + "/pii").then().statusCode(404);
        assertThat(trail("member.pii_view", member.memberId().toString()).getList("items.outcome"))
                .containsExactly("denied");
    }

    @Test
    void signInsAndOfficerActionsAreRecorded() {
        String username = accounts.streetOfficer("desheng");
        given().contentType(ContentType.JSON).body("{\"username\": \"" + username + "\", \"password\": \"wrong\"}")
                .when().post("/api/v1/auth/officer/session").then().statusCode(401);
        String officer = TestAccounts.officerToken(username);
        assertThat(trail("login.officer", username).getList("items.outcome")).containsExactly("success", "failure");

        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        TestApplications.act(officer, id, "accept", "{}").then().statusCode(200);
        JsonPath accepted = trail("application.accept", id);
        assertThat(accepted.getString("items[0].details.to")).isEqualTo("accepted");
        assertThat(trail("login.wechat", member.memberId().toString()).getList("items.outcome")).contains("success");
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        given().auth().oauth2(TestAccounts.officerToken(accounts.officer("admin", null)))
                .when().get("/api/v1/admin/audit-events").then().statusCode(403);
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("desheng")))
                .when().get("/api/v1/admin/audit-events").then().statusCode(403);
        given().auth().oauth2(auditor()).queryParam("limit", 5).when().get("/api/v1/admin/audit-events")
                .then().statusCode(200).body("items.at", everyItem(notNullValue()));
    }

    @Test
    void aCursorWithABadTimeIsA400() {
        String forged = Cursor.of("yesterday", java.util.UUID.randomUUID()).encode();
        given().auth().oauth2(auditor()).queryParam("cursor", forged).when().get("/api/v1/admin/audit-events")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void theTrailCannotBeRewritten() throws Exception {
        given().auth().oauth2(auditor()).when().get("/api/v1/admin/audit-events").then().statusCode(200);
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_events SET action = 'nothing'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("six months");
            assertThatThrownBy(() -> sql.execute("TRUNCATE audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be truncated");
        }
    }

    private JsonPath trail(String action, String objectId) {
        return given().auth().oauth2(auditor()).queryParam("action", action).queryParam("objectId", objectId)
                .when().get("/api/v1/admin/audit-events").then().statusCode(200)
                .body("items.action", everyItem(equalTo(action))).extract().jsonPath();
    }

    private String auditor() {
        return TestAccounts.officerToken(accounts.officer("auditor", null));
    }
}
