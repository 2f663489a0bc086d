package cn.gonghui.catalogue;

import static cn.gonghui.testing.TestApplications.act;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new form version serves new applications; an application keeps the version it was filed with,
 * and its supplements are checked against that one. Only administrators publish.
 */
@QuarkusTest
class FormVersionsTest {

    /** v2: the note of v1 and a required employment date. */
    private static final String V2 = """
            {"attributes": [
              {"code": "note", "datatype": "text", "required": false, "order": 1, "label": {"zh": "说明", "en": "Note"}},
              {"code": "employedSince", "datatype": "date", "required": true, "order": 2,
               "label": {"zh": "入职日期", "en": "Employed since"}, "help": {"zh": "按劳动合同填写"}}]}""";

    @Inject
    TestAccounts accounts;

    @Inject
    TestCatalogue catalogue;

    @Test
    void newApplicationsUseTheNewVersionAndFiledOnesKeepTheirs() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");
        String filed = apply(worker, code, "{\"note\": \"第一版\"}").then().statusCode(201).extract().path("summary.id");

        publish(admin, code, TestCatalogue.etag(admin, code), null, V2).then().statusCode(201)
                .header("Location", endsWith("/api/v1/admin/services/" + code + "/form-versions/2"))
                .body("version", equalTo(2)).body("current", equalTo(true))
                .body("attributes.code", equalTo(List.of("note", "employedSince")))
                .body("attributes[1].help.en", equalTo(null));
        assertThat(catalogue.auditEvents("catalogue.form_published", code)).isEqualTo(1);
        given().auth().oauth2(admin).when().get("/api/v1/admin/services/" + code).then().body("currentFormVersion", equalTo(2));

        apply(worker, code, "{\"note\": \"第二版\"}").then().statusCode(422).body("code", equalTo("FORM_INVALID"))
                .body("errors[0].field", equalTo("form.employedSince"));
        apply(worker, code, "{\"employedSince\": \"2024-03-01\"}").then().statusCode(201).body("formVersion", equalTo(2));

        // the application filed under v1 is still checked against v1: no employment date needed
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        act(officer, filed, "accept", "{}").then().statusCode(200);
        act(officer, filed, "request-info", "{\"reason\": \"请把说明写详细\"}").then().statusCode(200);
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"note\": \"已补充\", \"form\": {\"note\": \"第一版，补充了细节\"}}")
                .when().post("/api/v1/applications/" + filed + "/supplements").then().statusCode(200)
                .body("formVersion", equalTo(1)).body("summary.status", equalTo("accepted"));

        String district = TestAccounts.officerToken(accounts.officer("district_officer", catalogue.otherDistrict()));
        given().auth().oauth2(district).when().get("/api/v1/admin/services/" + code + "/form-versions/1").then()
                .statusCode(200).body("current", equalTo(false)).body("attributes.code", equalTo(List.of("note")));
        given().auth().oauth2(admin).when().get("/api/v1/admin/services/" + code + "/form-versions/3").then()
                .statusCode(404).body("code", equalTo("FORM_VERSION_NOT_FOUND"));
        given().auth().oauth2(admin).when().get("/api/v1/admin/services/" + code + "/form-versions/0").then()
                .statusCode(400);
        given().auth().oauth2(admin).when().get("/api/v1/admin/services/test.nothing/form-versions/1").then()
                .statusCode(404).body("code", equalTo("SERVICE_NOT_FOUND"));
    }

    @Test
    void aFormTheValidatorOrTheLineCouldNotUseIsRefusedFieldByField() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String broken = """
                {"attributes": [
                  {"code": "kind", "datatype": "single-choice", "order": 1, "label": {"zh": "类别"}},
                  {"code": "kind", "datatype": "string", "order": 2, "label": {"zh": "重复"}, "pattern": "([a-z"}]}""";
        publish(admin, code, TestCatalogue.etag(admin, code), null, broken).then().statusCode(422)
                .body("code", equalTo("FORM_DEFINITION_INVALID"))
                .body("errors.field", equalTo(List.of("attributes[0].values", "attributes[1].code", "attributes[1].pattern")));

        // the membership line reads occupation: a version without it is refused, and nothing is published
        String join = "membership.join";
        publish(admin, join, TestCatalogue.etag(admin, join), null, V2).then().statusCode(422)
                .body("errors.field", hasItem("attributes.occupation"))
                .body("errors.code", hasItem("NEEDED_BY_LINE"));
        given().auth().oauth2(admin).when().get("/api/v1/admin/services/" + join).then().body("currentFormVersion", equalTo(1));
    }

    @Test
    void onlyAdministratorsPublishWithIfMatchAndARetryPublishesOnce() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String etag = TestCatalogue.etag(admin, code);
        List<String> refused = List.of(TestAccounts.officerToken(accounts.officer("district_officer", "xicheng")),
                TestAccounts.officerToken(accounts.streetOfficer("desheng")), TestAccounts.newMember().accessToken(),
                TestAccounts.integratorToken(accounts.integrator("applications:read")));
        for (String token : refused) {
            publish(token, code, etag, null, V2).then().statusCode(403);
        }
        for (String token : refused.subList(1, refused.size())) {
            given().auth().oauth2(token).when().get("/api/v1/admin/services/" + code + "/form-versions/1")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(V2).header("If-Match", etag)
                .when().post("/api/v1/admin/services/" + code + "/form-versions").then().statusCode(401);
        given().when().get("/api/v1/admin/services/" + code + "/form-versions/1").then().statusCode(401);
        publish(admin, code, null, null, V2).then().statusCode(428);
        publish(admin, code, "\"999\"", null, V2).then().statusCode(412);
        publish(admin, "test.nothing", etag, null, V2).then().statusCode(404);
        publish(admin, code, etag, null, "{\"attributes\": []}").then().statusCode(400);

        publish(admin, code, etag, "publish-v2", V2).then().statusCode(201).body("version", equalTo(2));
        publish(admin, code, etag, "publish-v2", V2).then().statusCode(201).body("version", equalTo(2));
        publish(admin, code, etag, "publish-v2", "{\"attributes\": [" + TestCatalogue.NOTE_FORM.strip().substring(1) + "}")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(catalogue.auditEvents("catalogue.form_published", code)).isEqualTo(1);
    }

    private static Response apply(TestAccounts.SignedIn worker, String code, String form) {
        return TestApplications.apply(worker, "{\"serviceCode\": \"" + code + "\", \"streetCode\": \"desheng\", "
                + "\"form\": " + form + "}");
    }

    private static Response publish(String token, String code, String ifMatch, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/admin/services/" + code + "/form-versions");
    }
}
