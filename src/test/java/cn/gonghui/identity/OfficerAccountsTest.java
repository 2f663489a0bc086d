package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.CHOSEN;
import static cn.gonghui.identity.OfficerAdminFixtures.INITIAL;
import static cn.gonghui.identity.OfficerAdminFixtures.OFFICERS;
import static cn.gonghui.identity.OfficerAdminFixtures.create;
import static cn.gonghui.identity.OfficerAdminFixtures.createStreetOfficer;
import static cn.gonghui.identity.OfficerAdminFixtures.etag;
import static cn.gonghui.identity.OfficerAdminFixtures.officerBody;
import static cn.gonghui.identity.OfficerAdminFixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An administrator runs the union's officer accounts: create, list, read, change, disable, reset. */
@QuarkusTest
class OfficerAccountsTest {

    @Inject
    OfficerAdminFixtures fixtures;

    @Inject
    EntityManager entityManager;

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = fixtures.adminToken();
    }

    @Test
    void anAdministratorCreatesAStreetOfficerWhoMustChangeTheInitialPassword() {
        String username = uniqueName("desheng-wang");
        JsonPath created = create(admin, officerBody(username, "officer", List.of("desheng"), null))
                .then().statusCode(201)
                .header("Location", containsString(OFFICERS + "/"))
                .header("ETag", notNullValue())
                .body("username", equalTo(username))
                .body("role", equalTo("officer"))
                .body("streetCodes", contains("desheng"))
                .body("status", equalTo("active"))
                .body("passwordChangeRequired", equalTo(true))
                .extract().jsonPath();

        given().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, INITIAL))
                .when().post("/api/v1/auth/officer/session")
                .then().statusCode(403).body("code", equalTo("PASSWORD_CHANGE_REQUIRED"))
                .body("accessToken", equalTo(null));
        String details = auditDetails("officer.create", created.getString("id"));
        assertThat(details).contains("\"role\": \"officer\"").doesNotContain(INITIAL).doesNotContain("password");
    }

    @Test
    void twoCreatesOfOneUsernameAtOnceMakeOneAccount() throws Exception {
        String username = uniqueName("twice");
        String body = officerBody(username, "officer", List.of("desheng"), null);
        List<Integer> statuses = AtOnce.run(() -> create(admin, body).statusCode(), () -> create(admin, body).statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        create(admin, body).then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
    }

    @Test
    void aRoleMustFitItsStreetsAndDistrict() {
        create(admin, officerBody(uniqueName("nostreet"), "officer", List.of(), null))
                .then().statusCode(422).body("code", equalTo("OFFICER_INVALID"))
                .body("errors.code", hasItem("STREETS_REQUIRED"));
        create(admin, officerBody(uniqueName("auditor"), "auditor", List.of("desheng"), "xicheng"))
                .then().statusCode(422).body("errors.field", hasItem("districtCode"));
        create(admin, officerBody(uniqueName("nowhere"), "officer", List.of("atlantis"), null))
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_STREET"));
        create(admin, officerBody(uniqueName("district"), "district_officer", List.of(), "xicheng")).then().statusCode(201);
    }

    @Test
    void aCommonInitialPasswordIsRefused() {
        String body = officerBody(uniqueName("weak"), "officer", List.of("desheng"), null).replace(INITIAL, "Password2026!");
        create(admin, body).then().statusCode(422).body("code", equalTo("PASSWORD_REJECTED"))
                .body("errors[0].field", equalTo("initialPassword")).body("errors[0].code", equalTo("PASSWORD_TOO_COMMON"));
    }

    @Test
    void aRetryWithTheSameKeyReplaysAndAnotherBodyIsRefused() {
        String username = uniqueName("retry");
        String body = officerBody(username, "officer", List.of("desheng"), null);
        String first = given().auth().oauth2(admin).header("Idempotency-Key", username).contentType(ContentType.JSON)
                .body(body).when().post(OFFICERS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).header("Idempotency-Key", username).contentType(ContentType.JSON).body(body)
                .when().post(OFFICERS).then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(admin).header("Idempotency-Key", username).contentType(ContentType.JSON)
                .body(body.replace(username, username + "x")).when().post(OFFICERS)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void theListFiltersByRoleStreetAndStatusAndPagesByName() {
        String deshengOfficer = createStreetOfficer(admin, uniqueName("aa-list"));
        given().auth().oauth2(admin).queryParam("role", "officer").queryParam("streetCode", "desheng")
                .queryParam("status", "active").queryParam("limit", 100)
                .when().get(OFFICERS).then().statusCode(200).body("items.id", hasItem(deshengOfficer))
                .body("items.role", not(hasItem("admin")));
        given().auth().oauth2(admin).queryParam("streetCode", "jinrongjie").queryParam("limit", 100)
                .when().get(OFFICERS).then().statusCode(200).body("items.id", not(hasItem(deshengOfficer)));
        given().auth().oauth2(admin).queryParam("status", "disabled").queryParam("limit", 100)
                .when().get(OFFICERS).then().statusCode(200).body("items.id", not(hasItem(deshengOfficer)));
        JsonPath first = given().auth().oauth2(admin).queryParam("limit", 1).when().get(OFFICERS)
                .then().statusCode(200).extract().jsonPath();
        String second = given().auth().oauth2(admin).queryParam("limit", 1).queryParam("cursor", first.getString("nextCursor"))
                .when().get(OFFICERS).then().statusCode(200).extract().path("items[0].username");
        assertThat(second).isGreaterThan(first.getString("items[0].username"));
        given().auth().oauth2(admin).queryParam("streetCode", "atlantis").when().get(OFFICERS)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_STREET"));
    }

    @Test
    void readingAnAccountGivesItsETagAndAnUnknownOneIs404() {
        String id = createStreetOfficer(admin, uniqueName("read"));
        given().auth().oauth2(admin).when().get(OFFICERS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id));
        given().auth().oauth2(admin).when().get(OFFICERS + "/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("OFFICER_NOT_FOUND"));
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String id = createStreetOfficer(admin, uniqueName("patch"));
        String body = "{\"displayName\": \"德胜街道工会 李干事\"}";
        patch(id, null, body).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        String tag = etag(admin, id);
        patch(id, tag, body).then().statusCode(200).body("displayName", equalTo("德胜街道工会 李干事"));
        patch(id, tag, body).then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        patch(id, etag(admin, id), "{\"role\": \"admin\", \"lawyer\": true}")
                .then().statusCode(422).body("code", equalTo("OFFICER_INVALID")).body("errors.field", hasItem("lawyer"));
        patch(UUID.randomUUID().toString(), "\"0\"", body).then().statusCode(404);
    }

    @Test
    void newStreetsTakeEffectAtOnceOnTokensAndSessions() {
        String username = uniqueName("moved");
        String id = createStreetOfficer(admin, username);
        OfficerAdminFixtures.changePassword(username, INITIAL, CHOSEN);
        JsonPath session = TestAccounts.officerSession(username, CHOSEN);
        String token = session.getString("accessToken");
        given().auth().oauth2(token).when().get("/api/v1/admin/applications").then().statusCode(200);

        patch(id, etag(admin, id), "{\"displayName\": \"只改名字\"}").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/admin/applications").then().statusCode(200);

        patch(id, etag(admin, id), "{\"streetCodes\": [\"jinrongjie\"]}").then().statusCode(200)
                .body("streetCodes", contains("jinrongjie"));
        given().auth().oauth2(token).when().get("/api/v1/admin/applications")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body("{\"refreshToken\": \"" + session.getString("refreshToken") + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401).body("code", equalTo("SESSION_REVOKED"));
        given().auth().oauth2(TestAccounts.officerSession(username, CHOSEN).getString("accessToken"))
                .when().get("/api/v1/admin/applications").then().statusCode(200);
    }

    @Test
    void disablingRefusesTheTokenAtOnceAndEnablingLetsTheOfficerSignInAgain() {
        String username = uniqueName("off");
        String id = createStreetOfficer(admin, username);
        OfficerAdminFixtures.changePassword(username, INITIAL, CHOSEN);
        String token = TestAccounts.officerSession(username, CHOSEN).getString("accessToken");
        given().auth().oauth2(admin).when().post(OFFICERS + "/" + id + "/disable")
                .then().statusCode(200).body("status", equalTo("disabled"));
        given().auth().oauth2(token).when().get("/api/v1/admin/applications").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, CHOSEN))
                .when().post("/api/v1/auth/officer/session").then().statusCode(401);
        given().auth().oauth2(admin).queryParam("status", "disabled").queryParam("limit", 100).when().get(OFFICERS)
                .then().statusCode(200).body("items.id", hasItem(id));

        given().auth().oauth2(admin).when().post(OFFICERS + "/" + id + "/enable")
                .then().statusCode(200).body("status", equalTo("active"));
        TestAccounts.officerSession(username, CHOSEN);
        assertThat(auditDetails("officer.disable", id)).contains("\"tokensRevoked\": true");
        given().auth().oauth2(admin).when().post(OFFICERS + "/" + UUID.randomUUID() + "/disable").then().statusCode(404);
        given().auth().oauth2(admin).when().post(OFFICERS + "/" + UUID.randomUUID() + "/enable").then().statusCode(404);
    }

    @Test
    void aPasswordResetEndsTheSessionsAndAsksForANewPasswordAgain() {
        String username = uniqueName("reset");
        String id = createStreetOfficer(admin, username);
        OfficerAdminFixtures.changePassword(username, INITIAL, CHOSEN);
        String token = TestAccounts.officerSession(username, CHOSEN).getString("accessToken");
        reset(id, "Harbour-Maple-9063").then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        given().auth().oauth2(token).when().get("/api/v1/admin/applications").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"Harbour-Maple-9063\"}".formatted(username))
                .when().post("/api/v1/auth/officer/session").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        reset(id, username + "-2026").then().statusCode(422).body("errors[0].code", equalTo("PASSWORD_CONTAINS_USERNAME"));
        reset(UUID.randomUUID().toString(), "Harbour-Maple-9063").then().statusCode(404);
        assertThat(auditDetails("officer.password-reset", id)).doesNotContain("Harbour");
    }

    private io.restassured.response.Response patch(String id, String ifMatch, String body) {
        var request = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch(OFFICERS + "/" + id);
    }

    private io.restassured.response.Response reset(String id, String password) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"initialPassword\": \"" + password + "\"}").when().post(OFFICERS + "/" + id + "/password-reset");
    }

    private String auditDetails(String action, String id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery(
                        "SELECT coalesce(details::text, '') FROM audit_events WHERE action = :action AND object_id = :id "
                                + "ORDER BY at DESC LIMIT 1")
                .setParameter("action", action).setParameter("id", id).getSingleResult()));
    }
}
