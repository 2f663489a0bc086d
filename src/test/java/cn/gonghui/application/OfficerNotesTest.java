package cn.gonghui.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Officers keep notes on an application; the applicant never sees them; evaluations name who served. */
@QuarkusTest
class OfficerNotesTest {

    @Inject
    TestAccounts accounts;

    @Test
    void notesAreForOfficersOnly() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\": \"已电话联系\"}")
                .when().post("/api/v1/admin/applications/" + id + "/notes").then().statusCode(201)
                .body("text", equalTo("已电话联系"));
        TestApplications.act(officer, id, "accept", "{\"note\": \"材料齐全\"}").then().statusCode(200)
                .body("notes", hasSize(2));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("notes", nullValue());
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("yuetan"))).contentType(ContentType.JSON)
                .body("{\"text\": \"越权\"}").when().post("/api/v1/admin/applications/" + id + "/notes")
                .then().statusCode(404);
    }

    @Test
    void aRejectedApplicationIsRatedAgainstItsStreetAndTheOfficerWhoDecided() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        String username = accounts.streetOfficer("desheng");
        TestApplications.act(TestAccounts.officerToken(username), id, "reject", "{\"reason\": \"不在本街道工作\"}")
                .then().statusCode(200).body("summary.status", equalTo("rejected"));
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"rating\": 2}")
                .when().post("/api/v1/applications/" + id + "/evaluation").then().statusCode(200);

        Evaluation evaluation = Evaluation.findById(UUID.fromString(id));
        org.assertj.core.api.Assertions.assertThat(evaluation.rating).isEqualTo((short) 2);
        org.assertj.core.api.Assertions.assertThat(evaluation.streetId)
                .isEqualTo(UUID.fromString("01a20144-3ae5-7c67-86d3-0c37eab30dcf"));
        org.assertj.core.api.Assertions.assertThat(evaluation.officerId)
                .isEqualTo(cn.gonghui.identity.Officer.findByUsername(username).orElseThrow().id);
    }
}
