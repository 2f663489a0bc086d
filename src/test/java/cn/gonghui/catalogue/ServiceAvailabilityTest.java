package cn.gonghui.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A service switched off, everywhere or in a district, refuses new applications and leaves filed ones alone. */
@QuarkusTest
class ServiceAvailabilityTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestCatalogue catalogue;

    @Test
    void switchedOffEverywhereItRefusesNewApplicationsAndFiledOnesGoOn() {
        String code = catalogue.newService();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");
        String filed = apply(worker, code).then().statusCode(201).extract().path("summary.id");

        change(admin, code, "{\"enabled\": false}");
        apply(worker, code).then().statusCode(422).body("code", equalTo("SERVICE_NOT_AVAILABLE"))
                .body("errors[0].field", equalTo("serviceCode")).body("errors[0].code", equalTo("SERVICE_DISABLED"));
        given().when().get("/api/v1/services/" + code).then().statusCode(404);
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + filed).then().statusCode(200);
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestApplications.act(officer, filed, "accept", "{}").then().statusCode(200)
                .body("summary.status", equalTo("accepted"));

        change(admin, code, "{\"enabled\": true}");
        apply(worker, code).then().statusCode(201);
    }

    @Test
    void switchedOffInXichengItRefusesApplicationsInItsStreets() {
        String code = catalogue.newService();
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");

        change(district, code, "{\"districts\": [{\"code\": \"xicheng\", \"enabled\": false}]}");
        apply(worker, code).then().statusCode(422).body("code", equalTo("SERVICE_NOT_AVAILABLE"))
                .body("errors[0].code", equalTo("SERVICE_DISABLED_IN_DISTRICT"));
        given().header("Accept-Language", "en").auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"serviceCode\": \"" + code + "\", \"streetCode\": \"jinrongjie\", \"form\": {}}")
                .when().post("/api/v1/applications").then().statusCode(422)
                .body("title", equalTo("Service not available"));

        change(district, code, "{\"districts\": [{\"code\": \"xicheng\", \"enabled\": true}]}");
        apply(worker, code).then().statusCode(201);
    }

    private static io.restassured.response.Response apply(TestAccounts.SignedIn worker, String code) {
        return TestApplications.apply(worker, "{\"serviceCode\": \"" + code + "\", \"streetCode\": \"desheng\", "
                + "\"form\": {\"note\": \"想了解一下\"}}");
    }

    private static void change(String token, String code, String body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", TestCatalogue.etag(token, code))
                .body(body).when().patch("/api/v1/admin/services/" + code).then().statusCode(200);
    }
}
