package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refresh tokens rotate, work once, and a copied one ends the whole session. */
@QuarkusTest
class SessionRefreshTest {

    @Inject
    TestClock clock;

    @Inject
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRefreshHandsOutANewPair() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        JsonPath next = refresh(member.refreshToken()).then().statusCode(200).extract().jsonPath();

        assertThat(next.getString("refreshToken")).isNotEqualTo(member.refreshToken());
        given().auth().oauth2(next.getString("accessToken")).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aUsedRefreshTokenPresentedAgainRevokesTheWholeFamily() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String rotated = refresh(member.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        refresh(member.refreshToken()).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("REFRESH_TOKEN_REUSED"));
        refresh(rotated).then().statusCode(401).body("code", equalTo("SESSION_REVOKED"));
    }

    @Test
    void anotherSessionOfTheSameMemberIsNotAffected() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String otherSession = TestAccounts.signIn(codeOf(member)).refreshToken();
        refresh(member.refreshToken()).then().statusCode(200);
        refresh(member.refreshToken()).then().statusCode(401);

        refresh(otherSession).then().statusCode(200);
    }

    @Test
    void refreshTokensExpireAfterThirtyDays() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        clock.advance(Duration.ofDays(31));
        refresh(member.refreshToken()).then().statusCode(401).body("code", equalTo("REFRESH_TOKEN_EXPIRED"));
    }

    @Test
    void logoutEndsTheSession() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).when().post("/api/v1/auth/logout").then().statusCode(204);
        refresh(member.refreshToken()).then().statusCode(401).body("code", equalTo("SESSION_REVOKED"));
    }

    @Test
    void anIntegratorHasNoSessionToEnd() {
        String integrator = TestAccounts.integratorToken(accounts.integrator("cards:verify"));
        given().auth().oauth2(integrator).when().post("/api/v1/auth/logout").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        refresh("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(401)
                .body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    private static String codeOf(TestAccounts.SignedIn member) {
        // the fake WeChat's openid is the login code; find it from the stored member
        return Member.<Member>findById(member.memberId()).wechatOpenid;
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body("{\"refreshToken\": \"" + refreshToken + "\"}")
                .when().post("/api/v1/auth/refresh");
    }
}
