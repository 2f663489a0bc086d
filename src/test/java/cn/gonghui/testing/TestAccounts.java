package cn.gonghui.testing;

import static io.restassured.RestAssured.given;

import cn.gonghui.identity.PasswordHasher;
import cn.gonghui.platform.id.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Builds the callers a test needs: members signed in through the fake WeChat, officers and
 * integrators stored with hashed secrets (the demo accounts exist in the dev profile only).
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    /** A member's id and tokens. */
    public record SignedIn(UUID memberId, String accessToken, String refreshToken) {
    }

    private final EntityManager entityManager;
    private final PasswordHasher hasher;

    public TestAccounts(EntityManager entityManager, PasswordHasher hasher) {
        this.entityManager = entityManager;
        this.hasher = hasher;
    }

    /** A new member, signed in with a fresh WeChat identity. */
    public static SignedIn newMember() {
        return signIn("dev-" + UUID.randomUUID().toString().substring(0, 12));
    }

    public static SignedIn signIn(String loginCode) {
        JsonPath session = given().contentType(ContentType.JSON).body("{\"code\": \"" + loginCode + "\"}")
                .when().post("/api/v1/auth/wechat/session")
                .then().statusCode(200).extract().jsonPath();
        return new SignedIn(UUID.fromString(session.getString("memberId")), session.getString("accessToken"),
                session.getString("refreshToken"));
    }

    /** A new member of a street. */
    public static SignedIn newMemberOf(String streetCode) {
        SignedIn member = newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"streetCode\": \"" + streetCode + "\"}")
                .when().patch("/api/v1/me").then().statusCode(200);
        return member;
    }

    /** An officer with a unique name, working the given streets (or district), password {@link #PASSWORD}. */
    public String officer(String role, String districtCode, String... streetCodes) {
        String username = role.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = Ids.newId();
            entityManager.createNativeQuery("""
                    INSERT INTO officers (id, username, display_name, password_hash, roles, district_id, enabled,
                                          created_at, updated_at, version)
                    VALUES (:id, :username, 'Test officer', :hash, ARRAY[:role],
                            (SELECT id FROM districts WHERE code = :district), true, :now, :now, 0)""")
                    .setParameter("id", id).setParameter("username", username)
                    .setParameter("hash", hasher.hash(PASSWORD)).setParameter("role", role)
                    .setParameter("district", districtCode).setParameter("now", TestClock.current())
                    .executeUpdate();
            for (String street : streetCodes) {
                entityManager.createNativeQuery("""
                        INSERT INTO officer_streets (officer_id, street_id)
                        SELECT :id, id FROM streets WHERE code = :street""")
                        .setParameter("id", id).setParameter("street", street).executeUpdate();
            }
        });
        return username;
    }

    public String streetOfficer(String streetCode) {
        return officer("officer", null, streetCode);
    }

    /** A union lawyer: a street officer with the {@code lawyer} attribute, working the given streets. */
    public String lawyer(String... streetCodes) {
        String username = officer("officer", null, streetCodes);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE officers SET attributes = ARRAY['lawyer'] WHERE username = :username")
                .setParameter("username", username).executeUpdate());
        return username;
    }

    /** The id of an officer made by this class. */
    public UUID officerId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery(
                        "SELECT id FROM officers WHERE username = :username", UUID.class)
                .setParameter("username", username).getSingleResult());
    }

    public static JsonPath officerSession(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")
                .when().post("/api/v1/auth/officer/session")
                .then().statusCode(200).extract().jsonPath();
    }

    public static String officerToken(String username) {
        return officerSession(username, PASSWORD).getString("accessToken");
    }

    /** An integrator client with these scopes; its secret is {@link #PASSWORD}. */
    public String integrator(String... scopes) {
        String clientId = "client-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO integrator_clients (id, client_id, name, secret_hash, scopes, enabled, created_at)
                        VALUES (:id, :clientId, 'Test integrator', :hash, CAST(:scopes AS text[]), true, :now)""")
                .setParameter("id", Ids.newId()).setParameter("clientId", clientId)
                .setParameter("hash", hasher.hash(PASSWORD))
                .setParameter("scopes", "{" + String.join(",", scopes) + "}")
                .setParameter("now", TestClock.current())
                .executeUpdate());
        return clientId;
    }

    public static String integratorToken(String clientId) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", PASSWORD)
                .when().post("/api/v1/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
