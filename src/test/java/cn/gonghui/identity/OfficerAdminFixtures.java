package cn.gonghui.identity;

import static io.restassured.RestAssured.given;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReferenceDataChanges;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The callers and accounts the officer-administration tests need: an administrator, district
 * officers of 西城 and of a second district (which the reference data does not have, so it is
 * added here with one street), and accounts created through the API.
 */
@ApplicationScoped
public class OfficerAdminFixtures {

    static final String OFFICERS = "/api/v1/admin/officers";
    static final String CLIENTS = "/api/v1/admin/integrator-clients";
    static final String OTHER_DISTRICT = "officer-test-district";
    static final String OTHER_STREET = "officer-test-street";
    static final String INITIAL = "Lantern-Orchid-4471";
    static final String CHOSEN = "river stones under moonlight 88";

    private final TestAccounts accounts;
    private final EntityManager entityManager;
    private final ReferenceDataChanges changes;

    public OfficerAdminFixtures(TestAccounts accounts, EntityManager entityManager, ReferenceDataChanges changes) {
        this.changes = changes;
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    String adminToken() {
        return TestAccounts.officerToken(accounts.officer("admin", null));
    }

    String xichengDistrictToken() {
        return TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
    }

    String otherDistrictToken() {
        ensureOtherDistrict();
        return TestAccounts.officerToken(accounts.officer("district_officer", OTHER_DISTRICT));
    }

    String streetOfficerToken() {
        return TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    String memberToken() {
        return TestAccounts.newMember().accessToken();
    }

    String integratorToken() {
        return TestAccounts.integratorToken(accounts.integrator("cards:issue"));
    }

    /** A second district with one street, for district officers who must not reach 西城. */
    void ensureOtherDistrict() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO districts (id, code, name, number_prefix)
                    VALUES ('01a20144-3ae0-79cf-b588-0317fa56ffff', :code, '测试区', 'TQ') ON CONFLICT DO NOTHING""")
                    .setParameter("code", OTHER_DISTRICT).executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO streets (id, district_id, code, name, display_order)
                    VALUES ('01a20144-3ae5-7c67-86d3-0c37eab3ffff', '01a20144-3ae0-79cf-b588-0317fa56ffff', :code,
                            '测试街道', 1) ON CONFLICT DO NOTHING""")
                    .setParameter("code", OTHER_STREET).executeUpdate();
            // streets are reference data every instance keeps in memory: a change outside a migration is announced
            changes.announce(StreetQueries.REFERENCE_DATA_KIND);
        });
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String officerBody(String username, String role, List<String> streets, String district) {
        return """
                {"username": "%s", "displayName": "德胜街道工会 王干事", "role": "%s", "streetCodes": [%s],
                 "districtCode": %s, "lawyer": false, "initialPassword": "%s"}""".formatted(username, role,
                String.join(", ", streets.stream().map(street -> '"' + street + '"').toList()),
                district == null ? "null" : '"' + district + '"', INITIAL);
    }

    static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(OFFICERS);
    }

    /** A street officer of 德胜 created by an administrator; its id. */
    static String createStreetOfficer(String adminToken, String username) {
        return create(adminToken, officerBody(username, "officer", List.of("desheng"), null))
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).when().get(OFFICERS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static void changePassword(String username, String current, String chosen) {
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                        .formatted(username, current, chosen))
                .when().post("/api/v1/auth/officer/password").then().statusCode(204);
    }
}
