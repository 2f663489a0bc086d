package cn.gonghui.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An integrator reaches exactly what its scopes grant. */
@QuarkusTest
class IntegratorScopeTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aDistrictSystemWithApplicationsReadListsApplicationsMasked() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("yuetan");
        String id = TestApplications.join(member, "yuetan");
        String reader = TestAccounts.integratorToken(accounts.integrator("applications:read"));
        given().auth().oauth2(reader).queryParam("streetCode", "yuetan").queryParam("limit", 100)
                .when().get("/api/v1/integrations/applications")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.applicantName", equalTo("测**"));
    }

    @Test
    void anIntegratorWithoutTheScopeIs403() {
        String bank = TestAccounts.integratorToken(accounts.integrator("cards:issue"));
        given().auth().oauth2(bank).when().get("/api/v1/integrations/applications")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void membersAndOfficersAreNotIntegrators() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get("/api/v1/integrations/applications")
                .then().statusCode(403);
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("desheng")))
                .when().get("/api/v1/integrations/applications").then().statusCode(403);
    }
}
