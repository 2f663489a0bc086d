package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A worker signs in from the mini-program; WeChat's answers, good and bad, become ours. */
@QuarkusTest
class WeChatSignInTest {

    private static final String SIGN_IN = "/api/v1/auth/wechat/session";

    @Test
    void theFirstSignInRegistersTheMemberAndTheNextFindsThem() {
        String code = "dev-" + UUID.randomUUID().toString().substring(0, 10);
        Response first = signIn(code);
        first.then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("newMember", equalTo(true))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body(not(containsString("session_key")))
                .body(not(containsString("ZmFrZS1zZXNzaW9uLWtleQ")));

        signIn(code).then().statusCode(200)
                .body("newMember", equalTo(false))
                .body("memberId", equalTo(first.jsonPath().getString("memberId")));
    }

    @Test
    void twoFirstSignInsAtOnceMakeOneMember() throws Exception {
        String code = "dev-" + UUID.randomUUID().toString().substring(0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<Response>) () -> signIn(code)));
            }
            List<String> memberIds = new ArrayList<>();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                memberIds.add(response.jsonPath().getString("memberId"));
                created += response.jsonPath().getBoolean("newMember") ? 1 : 0;
            }
            assertThat(memberIds).containsOnly(memberIds.get(0));
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInvalidOrUsedCodeIs401() {
        signIn("dev-error-40029").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("WECHAT_CODE_INVALID"));
        signIn("dev-error-40163").then().statusCode(401).body("code", equalTo("WECHAT_CODE_INVALID"));
        signIn("not-a-dev-code").then().statusCode(401).body("code", equalTo("WECHAT_CODE_INVALID"));
    }

    @Test
    void aBusyWeChatIs503WhenBindingThePhoneToo() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"code\": \"dev-error--1\"}")
                .when().post("/api/v1/auth/wechat/phone")
                .then().statusCode(503).header("Retry-After", "30").body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    @Test
    void aBusyRateLimitedOrSilentWeChatIs503() {
        signIn("dev-error-45011").then().statusCode(503).header("Retry-After", "30")
                .body("code", equalTo("WECHAT_UNAVAILABLE"));
        signIn("dev-error--1").then().statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
        signIn("dev-slow").then().statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    @Test
    void aMissingCodeIs400() {
        given().contentType(ContentType.JSON).body("{}").when().post(SIGN_IN)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    private static Response signIn(String code) {
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").when().post(SIGN_IN);
    }
}
