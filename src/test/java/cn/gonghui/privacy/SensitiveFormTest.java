package cn.gonghui.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import cn.gonghui.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form's sensitive fields (income, health, household) are stored encrypted, withheld from officers'
 * ordinary view, and shown to an officer only with a reason, on the record.
 */
@QuarkusTest
class SensitiveFormTest {

    @Inject
    TestAccounts accounts;

    @BeforeAll
    static void aServiceWithASensitiveField() throws Exception {
        TestServices.ensureSensitiveService();
    }

    @Test
    void sensitiveFieldsAreEncryptedWithheldAndShownOnlyOnTheRecord() throws Exception {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.apply(member, "{\"serviceCode\": \"test.sensitive\", \"streetCode\": \"desheng\", "
                + "\"form\": {\"householdIncome\": \"38765.43\", \"note\": \"单亲家庭\"}}")
                .then().statusCode(201).body("form.householdIncome", equalTo("38765.43"))
                .extract().path("summary.id");
        assertThat(storedForm(id)).doesNotContain("38765.43");

        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer).when().get("/api/v1/admin/applications/" + id).then().statusCode(200)
                .body("form.householdIncome", nullValue())
                .body("form.note", equalTo("单亲家庭"))
                .body("withheldFields.code", equalTo(java.util.List.of("householdIncome")));
        given().auth().oauth2(officer).queryParam("reason", "核对家庭收入").when()
                .get("/api/v1/admin/applications/" + id + "/sensitive").then().statusCode(200)
                .body("form.householdIncome", equalTo("38765.43"));
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("yuetan"))).queryParam("reason", "看看别人的")
                .when().get("/api/v1/admin/applications/" + id + "/sensitive").then().statusCode(404);

        given().auth().oauth2(TestAccounts.officerToken(accounts.officer("auditor", null)))
                .queryParam("action", "application.sensitive_view").queryParam("objectId", id)
                .when().get("/api/v1/admin/audit-events").then().statusCode(200)
                .body("items.outcome", equalTo(java.util.List.of("denied", "success")));
    }

    private static String storedForm(String id) throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT applications::text FROM applications WHERE id = '" + id + "'")) {
            row.next();
            return row.getString(1);
        }
    }
}
