package cn.gonghui.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Administrators tune a service with If-Match; a district officer switches their own district
 * only; street officers, members and integrators change nothing; every change is audited.
 */
@QuarkusTest
class AdminServicesTest {

    private static final String SERVICES = "/api/v1/admin/services/";

    @Inject
    TestAccounts accounts;

    @Inject
    TestCatalogue catalogue;

    @Test
    void anAdministratorChangesAServiceFromTheVersionTheySaw() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String etag = TestCatalogue.etag(admin, code);
        String body = """
                {"name": {"zh": "入会登记（试点）", "en": "Join (pilot)"},
                 "description": {"zh": "试点说明。\\n第二行。", "en": "Pilot."},
                 "handlingDays": 7, "documents": [{"zh": "工作证明", "en": "Proof of work"}]}""";

        patch(admin, code, null, body).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        patch(admin, code, "\"999\"", body).then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        String changed = patch(admin, code, etag, body).then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name.zh", equalTo("入会登记（试点）"))
                .body("description.zh", equalTo("试点说明。\n第二行。"))
                .body("handlingDays", equalTo(7))
                .body("documents.en", equalTo(List.of("Proof of work")))
                .body("districts.find { it.code == 'xicheng' }.enabled", equalTo(true))
                .body("currentFormVersion", equalTo(1))
                .extract().header("ETag");
        given().auth().oauth2(admin).when().get(SERVICES + code).then().statusCode(200).header("ETag", equalTo(changed));
        given().header("Accept-Language", "en").when().get("/api/v1/services/" + code).then().statusCode(200)
                .body("service.name", equalTo("Join (pilot)")).body("service.handlingDays", equalTo(7));
        assertThat(catalogue.auditEvents("catalogue.service_changed", code)).isEqualTo(1);

        patch(admin, code, changed, "{\"handlingDays\": 0}").then().statusCode(400)
                .body("errors[0].field", equalTo("handlingDays"));
        // "" is not "no change": a blank number is refused, not read as null (found by the contract fuzz)
        patch(admin, code, changed, "{\"handlingDays\": \"\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("handlingDays")).body("errors[0].code", equalTo("WRONG_TYPE"));
        patch(admin, code, changed, "{\"districts\": [{\"code\": \"atlantis\", \"enabled\": false}]}").then()
                .statusCode(400).body("errors[0].field", equalTo("districts[0].code"))
                .body("errors[0].code", equalTo("UNKNOWN_DISTRICT"));
        patch(admin, "test.nothing", changed, "{\"handlingDays\": 3}").then().statusCode(404)
                .body("code", equalTo("SERVICE_NOT_FOUND"));
    }

    @Test
    void aDistrictOfficerSwitchesTheirOwnDistrictOnlyAndChangesNothingElse() {
        String code = catalogue.newService();
        String xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String shunyi = TestAccounts.officerToken(accounts.officer("district_officer", catalogue.otherDistrict()));
        String off = "{\"districts\": [{\"code\": \"xicheng\", \"enabled\": false}]}";

        given().auth().oauth2(shunyi).when().get(SERVICES + code).then().statusCode(200);
        patch(shunyi, code, TestCatalogue.etag(shunyi, code), off).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        patch(xicheng, code, TestCatalogue.etag(xicheng, code), "{\"handlingDays\": 3}").then().statusCode(403);
        patch(xicheng, code, TestCatalogue.etag(xicheng, code), off).then().statusCode(200)
                .body("districts.find { it.code == 'xicheng' }.enabled", equalTo(false))
                .body("enabled", equalTo(true));
        assertThat(catalogue.auditEvents("catalogue.service_changed", code)).isEqualTo(1);
    }

    @Test
    void streetOfficersMembersIntegratorsAndStrangersAreRefused() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String etag = TestCatalogue.etag(admin, code);
        List<String> refused = List.of(TestAccounts.officerToken(accounts.streetOfficer("desheng")),
                TestAccounts.newMember().accessToken(),
                TestAccounts.integratorToken(accounts.integrator("applications:read")));
        for (String token : refused) {
            given().auth().oauth2(token).when().get(SERVICES + code).then().statusCode(403);
            patch(token, code, etag, "{\"enabled\": false}").then().statusCode(403);
        }
        given().when().get(SERVICES + code).then().statusCode(401);
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{}").when().patch(SERVICES + code)
                .then().statusCode(401);
        given().auth().oauth2(admin).when().get(SERVICES + "test.nothing").then().statusCode(404)
                .body("code", equalTo("SERVICE_NOT_FOUND"));
        given().auth().oauth2(admin).queryParam("lang", "en").when().get(SERVICES + code).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"));
    }

    @Test
    void twoChangesFromTheSameVersionMeetOneAfterTheOther() throws Exception {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String etag = TestCatalogue.etag(admin, code);

        List<Integer> statuses = AtOnce.run(
                () -> patch(admin, code, etag, "{\"handlingDays\": 8}").statusCode(),
                () -> patch(admin, code, etag, "{\"handlingDays\": 9}").statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(catalogue.auditEvents("catalogue.service_changed", code)).isEqualTo(1);
    }

    private static Response patch(String token, String code, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch(SERVICES + code);
    }
}
