package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.OFFICERS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A union starts from an empty production database: the bootstrap administrator signs in, makes
 * an officer for 德胜 who chooses a password, works a membership to completion and sees the new
 * member masked and, with a reason, plain; the officer is then disabled: their access token stops
 * at its next call and their refresh token fails.
 */
@QuarkusTest
class OfficerAccountJourneyTest {

    private static final String ADMIN_INITIAL = "Bootstrap-Granite-8817";
    private static final String ADMIN_CHOSEN = "paper kites over the drum tower";

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    WithoutAdministrators withoutAdministrators;

    @BeforeEach
    void aDatabaseWithoutAdministrators() {
        withoutAdministrators.begin();
    }

    @AfterEach
    void bringThemBack() {
        withoutAdministrators.end();
    }

    @Test
    void fromTheBootstrapAdministratorThroughAWorkedMembershipToADisabledStreetOfficer() {
        String adminName = OfficerAdminFixtures.uniqueName("union-admin");
        bootstrap.run(adminName, ADMIN_INITIAL);
        signIn(adminName, ADMIN_INITIAL).then().statusCode(403).body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        OfficerAdminFixtures.changePassword(adminName, ADMIN_INITIAL, ADMIN_CHOSEN);
        String admin = signIn(adminName, ADMIN_CHOSEN).then().statusCode(200).extract().path("accessToken");

        String officerName = OfficerAdminFixtures.uniqueName("desheng-li");
        String officerId = OfficerAdminFixtures.create(admin, OfficerAdminFixtures.officerBody(officerName, "officer",
                List.of("desheng"), null)).then().statusCode(201).extract().path("id");
        signIn(officerName, OfficerAdminFixtures.INITIAL).then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        OfficerAdminFixtures.changePassword(officerName, OfficerAdminFixtures.INITIAL, OfficerAdminFixtures.CHOSEN);
        JsonPath session = signIn(officerName, OfficerAdminFixtures.CHOSEN).then().statusCode(200).extract().jsonPath();
        String officer = session.getString("accessToken");

        // the new officer works a worker's membership of 德胜 to completion, then looks her up
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("yuetan");
        MemberScopeTest.joinAndComplete(worker, officer);
        given().auth().oauth2(officer).when().get("/api/v1/admin/members/" + worker.memberId())
                .then().statusCode(200).body("realName", equalTo("测**"));
        given().auth().oauth2(officer).queryParam("reason", "核实会员身份信息")
                .when().get("/api/v1/admin/members/" + worker.memberId() + "/pii")
                .then().statusCode(200).body("realName", equalTo("测试员"));

        given().auth().oauth2(admin).when().post(OFFICERS + "/" + officerId + "/disable")
                .then().statusCode(200).body("status", equalTo("disabled"));
        given().auth().oauth2(officer).when().get("/api/v1/admin/applications")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body("{\"refreshToken\": \"" + session.getString("refreshToken") + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
        signIn(officerName, OfficerAdminFixtures.CHOSEN).then().statusCode(401);
    }

    private static io.restassured.response.Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
                .when().post("/api/v1/auth/officer/session");
    }
}
