package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Integrators get tokens with OAuth 2.0 client credentials, in RFC 6749's shapes. */
@QuarkusTest
class ClientCredentialsTest {

    private static final String TOKEN = "/api/v1/oauth/token";

    @Inject
    TestAccounts accounts;

    @Inject
    JWTParser parser;

    @Test
    void aBankGetsATokenForItsScope() throws Exception {
        String bank = accounts.integrator("cards:issue");
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", bank).formParam("client_secret", TestAccounts.PASSWORD)
                .when().post(TOKEN)
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("cards:issue"))
                .body("refresh_token", nullValue())
                .extract().path("access_token");

        JsonWebToken jwt = parser.parse(token);
        assertThat(jwt.getSubject()).isEqualTo(bank);
        assertThat(jwt.getGroups()).containsExactlyInAnyOrder("integrator", "cards:issue");
    }

    @Test
    void httpBasicCredentialsWorkToo() {
        String merchant = accounts.integrator("cards:verify");
        given().auth().preemptive().basic(merchant, TestAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        String bank = accounts.integrator("cards:issue");
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", bank).formParam("client_secret", "wrong")
                .when().post(TOKEN)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void moreScopeThanGrantedIsInvalidScope() {
        String merchant = accounts.integrator("cards:verify");
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", merchant).formParam("client_secret", TestAccounts.PASSWORD)
                .formParam("scope", "cards:verify cards:issue")
                .when().post(TOKEN)
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void otherGrantsAndMissingFieldsAreRefusedInOAuthTerms() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .when().post(TOKEN).then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .when().post(TOKEN).then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body("{\"grant_type\": \"client_credentials\"}")
                .when().post(TOKEN).then().statusCode(415).contentType("application/problem+json");
    }
}
