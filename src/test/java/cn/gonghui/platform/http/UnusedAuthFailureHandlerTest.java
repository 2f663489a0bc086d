package cn.gonghui.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestAccounts.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.filters.Filter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request reaches Quarkus REST without the authentication-failure handler, so Quarkus REST does
 * not work out its route template in advance, and every way authentication can fail still ends
 * in the same problem+json.
 */
@QuarkusTest
class UnusedAuthFailureHandlerTest {

    private static final String FORGED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LWEtc2lnbmF0dXJl";

    @Test
    void aSignedInReadArrivesWithoutAHandlerToPrepare() {
        SignedIn member = TestAccounts.newMember();

        given().auth().oauth2(member.accessToken()).header(AuthFailureHandlerProbe.ASK, "1")
                .when().get("/api/v1/me/applications")
                .then().statusCode(200)
                .header(AuthFailureHandlerProbe.ASK, AuthFailureHandlerProbe.NONE);
    }

    @Test
    void aPublicReadArrivesWithoutOneEither() {
        given().header(AuthFailureHandlerProbe.ASK, "1")
                .when().get("/api/v1/streets")
                .then().statusCode(200)
                .header(AuthFailureHandlerProbe.ASK, AuthFailureHandlerProbe.NONE);
    }

    @Test
    void aForgedTokenIsStillRefusedWithAProblem() {
        given().auth().oauth2(FORGED)
                .when().get("/api/v1/me/applications")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void noTokenIsStillRefusedWithAProblem() {
        given().when().get("/api/v1/me/applications")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    /** What Quarkus REST's filter worked out in advance is still known: the route, not the address with its id. */
    @Test
    void aRefusedRequestIsCountedUnderItsRoute() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(FORGED).when().get("/api/v1/applications/" + id).then().statusCode(401);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count"))
                .filter(line -> line.contains("status=\"401\"")))
                .anyMatch(line -> line.contains("uri=\"/api/v1/applications/{id}\""))
                .noneMatch(line -> line.contains(id));
    }

    @Test
    void aMemberAtAnOfficersListIsStillForbiddenWithAProblem() {
        SignedIn member = TestAccounts.newMember();

        given().auth().oauth2(member.accessToken())
                .when().get("/api/v1/admin/applications")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    /** With proactive authentication Quarkus calls the handler itself, so it must stay. */
    @Test
    void withProactiveAuthenticationNothingIsRegistered() {
        Filters filters = new Filters();

        new UnusedAuthFailureHandler(true).register(filters);

        assertThat(filters.getFilters()).isEmpty();
    }

    @Test
    void withLazyAuthenticationItRunsAtAuthenticationsOwnPriority() {
        Filters filters = new Filters();

        new UnusedAuthFailureHandler(false).register(filters);

        Filter registered = assertThat(filters.getFilters()).singleElement().actual();
        assertThat(registered.getPriority()).isEqualTo(SecurityHandlerPriorities.AUTHENTICATION);
        assertThat(registered.isFailureHandler()).isFalse();
    }
}
