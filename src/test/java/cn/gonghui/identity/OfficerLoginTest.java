package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Officers sign in with a password; guessing gets a name locked, and never tells which names exist. */
@QuarkusTest
class OfficerLoginTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @Inject
    JWTParser parser;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTokenCarriesTheRolesAndTheStreetsInScope() throws Exception {
        String username = accounts.streetOfficer("desheng");
        String token = TestAccounts.officerSession(username, TestAccounts.PASSWORD).getString("accessToken");

        JsonWebToken jwt = parser.parse(token);
        assertThat(jwt.getGroups()).containsExactly("officer");
        assertThat(jwt.<Object>getClaim("streets").toString()).contains("01a20144-3ae5-7c67-86d3-0c37eab30dcf");
        assertThat(jwt.<Object>getClaim("kind").toString()).contains("officer");
    }

    @Test
    void aDistrictOfficerHasEveryStreetOfTheDistrict() throws Exception {
        String username = accounts.officer("district_officer", "xicheng");
        JsonWebToken jwt = parser.parse(TestAccounts.officerToken(username));
        assertThat(jwt.<jakarta.json.JsonArray>getClaim("streets")).hasSize(15);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameLookTheSame() {
        String username = accounts.streetOfficer("desheng");
        Response wrongPassword = login(username, "guess");
        Response unknownName = login("nobody-" + UUID.randomUUID().toString().substring(0, 6), "guess");

        wrongPassword.then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS"));
        unknownName.then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        assertThat(unknownName.jsonPath().getString("detail")).isEqualTo(wrongPassword.jsonPath().getString("detail"));
    }

    @Test
    void fiveFailuresLockTheNameForFifteenMinutes() {
        String username = accounts.streetOfficer("desheng");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(username, "guess-" + attempt).then().statusCode(401);
        }
        login(username, TestAccounts.PASSWORD).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("LOGIN_LOCKED"));

        clock.advance(Duration.ofMinutes(16));
        login(username, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void aNameThatDoesNotExistIsLockedJustTheSame() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(nobody, "guess").then().statusCode(401);
        }
        login(nobody, "guess").then().statusCode(429).body("code", equalTo("LOGIN_LOCKED"));
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        String username = accounts.streetOfficer("desheng");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "guess").then().statusCode(401);
        }
        login(username, TestAccounts.PASSWORD).then().statusCode(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "guess").then().statusCode(401);
        }
        login(username, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void demoAccountsDoNotExistOutsideTheDevProfile() {
        login("desheng-officer", "gonghui-dev").then().statusCode(401);
        login("admin", "gonghui-dev").then().statusCode(401);
        assertThat(Officer.count("username in ?1", java.util.List.of("desheng-officer", "jinrongjie-officer",
                "xicheng-district", "auditor", "admin"))).isZero();
        assertThat(IntegratorClient.count("clientId in ?1", java.util.List.of("bank-demo", "merchant-demo"))).isZero();
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")
                .when().post("/api/v1/auth/officer/session");
    }
}
