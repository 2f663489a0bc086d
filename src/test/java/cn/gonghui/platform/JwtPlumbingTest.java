package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

/** Tokens signed with the configured key, issuer and audience are accepted; anything else is a 401 problem. */
@QuarkusTest
class JwtPlumbingTest {

    private static final String MEMBERS_ONLY = "/test-probe/members-only";

    @Test
    void aTokenSignedWithTheConfiguredKeyIsAccepted() {
        String token = Jwt.subject("member-1").groups("member").sign();
        given().auth().oauth2(token).when().get(MEMBERS_ONLY)
                .then().statusCode(200).body(equalTo("member-1"));
    }

    @Test
    void withoutATokenIs401ProblemWithAChallenge() {
        given().when().get(MEMBERS_ONLY)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aGarbageTokenIs401Problem() {
        given().auth().oauth2("not.a.token").when().get(MEMBERS_ONLY)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenOfAnotherRoleIs403Problem() {
        String token = Jwt.subject("officer-1").groups("officer").sign();
        given().auth().oauth2(token).when().get(MEMBERS_ONLY)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }
}
