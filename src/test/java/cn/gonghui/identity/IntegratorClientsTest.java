package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.CLIENTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Administrators issue, list, disable and rotate the OAuth clients of integrators; the secret is shown once. */
@QuarkusTest
class IntegratorClientsTest {

    @Inject
    OfficerAdminFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdministratorIssuesAClientWhoseSecretIsShownOnceAndWorks() {
        String admin = fixtures.adminToken();
        JsonPath issued = create(admin, "{\"name\": \"北京银行 发卡系统\", \"scopes\": [\"cards:issue\"]}")
                .then().statusCode(201).header("Cache-Control", containsString("no-store"))
                .body("client.status", equalTo("active")).body("client.scopes[0]", equalTo("cards:issue"))
                .body("client.previousSecretValidUntil", nullValue())
                .extract().jsonPath();
        String clientId = issued.getString("client.clientId");
        String secret = issued.getString("clientSecret");
        assertThat(token(clientId, secret).statusCode()).isEqualTo(200);

        String listed = given().auth().oauth2(admin).queryParam("status", "active").queryParam("limit", 100)
                .when().get(CLIENTS).then().statusCode(200).body("items.clientId", hasItem(clientId)).extract().asString();
        assertThat(listed).doesNotContain(secret);
        assertThat(storedAnywhere(secret)).isFalse();
    }

    @Test
    void aDisabledClientsTokensAreRefusedAtOnce() {
        String admin = fixtures.adminToken();
        JsonPath issued = create(admin, "{\"name\": \"普惠商户\", \"scopes\": [\"cards:verify\"]}").then().statusCode(201)
                .extract().jsonPath();
        String id = issued.getString("client.id");
        String token = token(issued.getString("client.clientId"), issued.getString("clientSecret")).path("access_token");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"cardNumber\": \"6214830000000000\"}")
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(not(equalTo(401)));

        given().auth().oauth2(admin).when().post(CLIENTS + "/" + id + "/disable")
                .then().statusCode(200).body("status", equalTo("disabled"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"cardNumber\": \"6214830000000000\"}")
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(401);
        token(issued.getString("client.clientId"), issued.getString("clientSecret")).then().statusCode(401);
        given().auth().oauth2(admin).queryParam("status", "disabled").queryParam("limit", 100).when().get(CLIENTS)
                .then().statusCode(200).body("items.id", hasItem(id));

        given().auth().oauth2(admin).when().post(CLIENTS + "/" + id + "/enable")
                .then().statusCode(200).body("status", equalTo("active"));
        token(issued.getString("client.clientId"), issued.getString("clientSecret")).then().statusCode(200);
    }

    @Test
    void aRotatedSecretKeepsWorkingForTheOverlapAndOneRotatedBeforeStopsAtOnce() {
        String admin = fixtures.adminToken();
        JsonPath issued = create(admin, "{\"name\": \"区政务系统\", \"scopes\": [\"applications:read\"]}")
                .then().statusCode(201).extract().jsonPath();
        String id = issued.getString("client.id");
        String clientId = issued.getString("client.clientId");
        String first = issued.getString("clientSecret");

        String second = rotate(admin, id).then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("client.previousSecretValidUntil", notNullValue()).extract().path("clientSecret");
        token(clientId, first).then().statusCode(200);
        token(clientId, second).then().statusCode(200);

        clock.advance(Duration.ofHours(25));
        token(clientId, first).then().statusCode(401);
        token(clientId, second).then().statusCode(200);

        String third = rotate(admin, id).then().statusCode(200).extract().path("clientSecret");
        String fourth = rotate(admin, id).then().statusCode(200).extract().path("clientSecret");
        token(clientId, second).then().statusCode(401);
        token(clientId, third).then().statusCode(200);
        token(clientId, fourth).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsManageClients() {
        String id = create(fixtures.adminToken(), "{\"name\": \"测试\", \"scopes\": [\"cards:issue\"]}")
                .then().statusCode(201).extract().path("client.id");
        List<String> refused = List.of(fixtures.xichengDistrictToken(), fixtures.otherDistrictToken(),
                fixtures.streetOfficerToken(), fixtures.memberToken(), fixtures.integratorToken());
        for (String token : refused) {
            create(token, "{\"name\": \"x\", \"scopes\": [\"cards:issue\"]}").then().statusCode(403);
            given().auth().oauth2(token).when().get(CLIENTS).then().statusCode(403);
            for (String action : List.of("disable", "enable", "rotate-secret")) {
                given().auth().oauth2(token).when().post(CLIENTS + "/" + id + "/" + action).then().statusCode(403);
            }
        }
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"scopes\": [\"cards:issue\"]}").when().post(CLIENTS)
                .then().statusCode(401);
        given().when().get(CLIENTS).then().statusCode(401);
        for (String action : List.of("disable", "enable", "rotate-secret")) {
            given().when().post(CLIENTS + "/" + id + "/" + action).then().statusCode(401);
        }
    }

    @Test
    void badRequestsAndUnknownClients() {
        String admin = fixtures.adminToken();
        create(admin, "{\"name\": \"x\", \"scopes\": [\"everything\"]}").then().statusCode(400);
        create(admin, "{\"name\": \"x\", \"scopes\": []}").then().statusCode(400);
        given().auth().oauth2(admin).queryParam("status", "gone").when().get(CLIENTS).then().statusCode(400);
        for (String action : List.of("disable", "enable", "rotate-secret")) {
            given().auth().oauth2(admin).when().post(CLIENTS + "/" + UUID.randomUUID() + "/" + action)
                    .then().statusCode(404).body("code", equalTo("INTEGRATOR_CLIENT_NOT_FOUND"));
            given().auth().oauth2(admin).queryParam("unknown", "1").when().post(CLIENTS + "/" + UUID.randomUUID() + "/" + action)
                    .then().statusCode(400);
        }
    }

    private static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(CLIENTS);
    }

    private static Response rotate(String token, String id) {
        return given().auth().oauth2(token).when().post(CLIENTS + "/" + id + "/rotate-secret");
    }

    private static Response token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).when().post("/api/v1/oauth/token");
    }

    /** Whether the secret is in any stored row: audit details, idempotent answers, the clients. */
    private boolean storedAnywhere(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        SELECT (SELECT count(*) FROM audit_events WHERE details::text LIKE :like)
                             + (SELECT count(*) FROM integrator_clients WHERE secret_hash LIKE :like OR name LIKE :like)""")
                .setParameter("like", "%" + secret + "%").getSingleResult()).intValue() > 0);
    }
}
