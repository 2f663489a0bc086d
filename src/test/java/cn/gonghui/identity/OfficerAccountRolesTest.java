package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.OFFICERS;
import static cn.gonghui.identity.OfficerAdminFixtures.OTHER_STREET;
import static cn.gonghui.identity.OfficerAdminFixtures.create;
import static cn.gonghui.identity.OfficerAdminFixtures.createStreetOfficer;
import static cn.gonghui.identity.OfficerAdminFixtures.etag;
import static cn.gonghui.identity.OfficerAdminFixtures.officerBody;
import static cn.gonghui.identity.OfficerAdminFixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who may administer which officer accounts: administrators all; a district officer the street
 * officers of their own district only; street officers, auditors, members and integrators none.
 */
@QuarkusTest
class OfficerAccountRolesTest {

    @Inject
    OfficerAdminFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void aDistrictOfficerManagesTheStreetOfficersOfTheirDistrict() {
        String xicheng = fixtures.xichengDistrictToken();
        String username = uniqueName("by-district");
        String id = create(xicheng, officerBody(username, "officer", List.of("desheng"), null))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(xicheng).queryParam("limit", 100).when().get(OFFICERS)
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.role", not(hasItem("admin")));
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("If-Match", etag(xicheng, id))
                .body("{\"streetCodes\": [\"desheng\", \"shichahai\"], \"lawyer\": true}").when().patch(OFFICERS + "/" + id)
                .then().statusCode(200).body("lawyer", equalTo(true));
        given().auth().oauth2(xicheng).when().post(OFFICERS + "/" + id + "/disable").then().statusCode(200);
        given().auth().oauth2(xicheng).when().post(OFFICERS + "/" + id + "/enable").then().statusCode(200);
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).body("{\"initialPassword\": \"Quiet-Harbor-5120\"}")
                .when().post(OFFICERS + "/" + id + "/password-reset").then().statusCode(200);
    }

    @Test
    void aDistrictOfficerCreatesNoAdministratorsAndNoOfficersElsewhere() {
        String xicheng = fixtures.xichengDistrictToken();
        fixtures.ensureOtherDistrict();
        for (String body : List.of(officerBody(uniqueName("boss"), "admin", List.of(), null),
                officerBody(uniqueName("peer"), "district_officer", List.of(), "xicheng"),
                officerBody(uniqueName("abroad"), "officer", List.of(OTHER_STREET), null))) {
            create(xicheng, body).then().statusCode(403).body("code", equalTo("OFFICER_OUT_OF_REACH"));
        }
        String id = create(xicheng, officerBody(uniqueName("promote"), "officer", List.of("desheng"), null))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("If-Match", etag(xicheng, id))
                .body("{\"role\": \"admin\"}").when().patch(OFFICERS + "/" + id)
                .then().statusCode(403).body("code", equalTo("OFFICER_OUT_OF_REACH"));
    }

    @Test
    void aDistrictOfficerOfAnotherDistrictFindsNoneOfXicheng() {
        String admin = fixtures.adminToken();
        String id = createStreetOfficer(admin, uniqueName("xicheng-only"));
        String other = fixtures.otherDistrictToken();
        given().auth().oauth2(other).queryParam("limit", 100).when().get(OFFICERS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        for (Function<RequestSpecification, Response> call : onOneAccount(id)) {
            call.apply(given().auth().oauth2(other)).then().statusCode(404).body("code", equalTo("OFFICER_NOT_FOUND"));
        }
        create(other, officerBody(uniqueName("other"), "officer", List.of("desheng"), null)).then().statusCode(403);
        create(other, officerBody(uniqueName("theirs"), "officer", List.of(OTHER_STREET), null)).then().statusCode(201);
    }

    @Test
    void streetOfficersAuditorsMembersAndIntegratorsAreRefused() {
        String id = createStreetOfficer(fixtures.adminToken(), uniqueName("guarded"));
        List<String> refused = List.of(fixtures.streetOfficerToken(),
                TestAccounts.officerToken(accounts.officer("auditor", null)), fixtures.memberToken(),
                fixtures.integratorToken());
        for (String token : refused) {
            create(token, officerBody(uniqueName("nope"), "officer", List.of("desheng"), null))
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).when().get(OFFICERS).then().statusCode(403);
            for (Function<RequestSpecification, Response> call : onOneAccount(id)) {
                call.apply(given().auth().oauth2(token)).then().statusCode(403);
            }
        }
    }

    @Test
    void withoutATokenEveryOperationIs401AndAnUnknownParameterIs400() {
        String id = createStreetOfficer(fixtures.adminToken(), uniqueName("anonymous"));
        given().contentType(ContentType.JSON).body(officerBody(uniqueName("anon"), "officer", List.of("desheng"), null))
                .when().post(OFFICERS).then().statusCode(401);
        given().when().get(OFFICERS).then().statusCode(401);
        for (Function<RequestSpecification, Response> call : onOneAccount(id)) {
            call.apply(given()).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
        String admin = fixtures.adminToken();
        for (Function<RequestSpecification, Response> call : onOneAccount(id)) {
            call.apply(given().auth().oauth2(admin).queryParam("unknown", "1")).then().statusCode(400)
                    .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"));
        }
        given().auth().oauth2(admin).queryParam("role", "boss").when().get(OFFICERS).then().statusCode(400);
    }

    /** Every operation on one account, each sent with the given request (its token, its parameters). */
    private static List<Function<RequestSpecification, Response>> onOneAccount(String id) {
        String one = OFFICERS + "/" + id;
        return List.of(
                request -> request.when().get(one),
                request -> request.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"displayName\": \"改名\"}").when().patch(one),
                request -> request.when().post(one + "/disable"),
                request -> request.when().post(one + "/enable"),
                request -> request.contentType(ContentType.JSON).body("{\"initialPassword\": \"Quiet-Harbor-5120\"}")
                        .when().post(one + "/password-reset"));
    }
}
