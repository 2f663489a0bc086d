package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.CHOSEN;
import static cn.gonghui.identity.OfficerAdminFixtures.INITIAL;
import static cn.gonghui.identity.OfficerAdminFixtures.createStreetOfficer;
import static cn.gonghui.identity.OfficerAdminFixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An officer chooses their own password with the one they have; the policy and the sign-in lock hold. */
@QuarkusTest
class OfficerPasswordChangeTest {

    private static final String PASSWORD = "/api/v1/auth/officer/password";

    @Inject
    OfficerAdminFixtures fixtures;

    @Test
    void theInitialPasswordServesOnlyToChooseAnother() {
        String username = uniqueName("first");
        createStreetOfficer(fixtures.adminToken(), username);
        change(username, INITIAL, CHOSEN).then().statusCode(204);
        TestAccounts.officerSession(username, CHOSEN);
        change(username, INITIAL, "another fine password 7").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void theNewPasswordMeetsThePolicy() {
        String username = uniqueName("policy");
        createStreetOfficer(fixtures.adminToken(), username);
        refused(change(username, INITIAL, "short1"), "PASSWORD_TOO_SHORT");
        refused(change(username, INITIAL, "qwertyuiop123"), "PASSWORD_TOO_COMMON");
        refused(change(username, INITIAL, "Woaini1314520!"), "PASSWORD_TOO_COMMON");
        refused(change(username, INITIAL, "aaaaaaaaaaaabbbb"), "PASSWORD_TOO_SIMPLE");
        refused(change(username, INITIAL, "my " + username + " pass"), "PASSWORD_CONTAINS_USERNAME");
        refused(change(username, INITIAL, INITIAL), "PASSWORD_UNCHANGED");
        given().contentType(ContentType.JSON).body("{\"username\": \"" + username + "\"}").when().post(PASSWORD)
                .then().statusCode(400);
    }

    @Test
    void wrongPasswordsCountTowardsTheSignInLock() {
        String username = uniqueName("guessed");
        createStreetOfficer(fixtures.adminToken(), username);
        for (int attempt = 1; attempt <= 5; attempt++) {
            change(username, "guess-" + attempt + "-wrong", CHOSEN).then().statusCode(401);
        }
        change(username, INITIAL, CHOSEN).then().statusCode(429).body("code", equalTo("LOGIN_LOCKED"));
    }

    private static void refused(Response response, String rule) {
        response.then().statusCode(422).body("code", equalTo("PASSWORD_REJECTED"))
                .body("errors[0].field", equalTo("newPassword")).body("errors[0].code", equalTo(rule));
    }

    private static Response change(String username, String current, String chosen) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                        .formatted(username, current, chosen))
                .when().post(PASSWORD);
    }
}
