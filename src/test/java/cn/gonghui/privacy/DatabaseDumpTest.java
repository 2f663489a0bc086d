package cn.gonghui.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import cn.gonghui.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A realistic scenario, then the whole database read out row by row as text, as a dump would be:
 * no ID number, phone or file name appears in clear anywhere in it.
 */
@QuarkusTest
class DatabaseDumpTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aDumpHoldsNoPersonalDataInClear() throws Exception {
        String idNumber = IdNumbers.bornOn("19910909");
        String phone = "13698765432";
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"王小明\", \"idNumber\": \"" + idNumber + "\"}").when().put("/api/v1/me/identity")
                .then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"dev-phone-" + phone + "\"}").when().post("/api/v1/auth/wechat/phone").then().statusCode(200);
        String document = given().auth().oauth2(member.accessToken())
                .multiPart("file", "身份证" + idNumber + ".pdf", "%PDF-1.4 id card".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        TestApplications.consent(member, "membership");
        String application = TestApplications.apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": "
                + "\"desheng\", \"form\": {\"occupation\": \"courier\"}, \"attachmentIds\": [\"" + document + "\"]}")
                .then().statusCode(201).extract().path("summary.id");
        TestServices.ensureSensitiveService();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).header("Idempotency-Key", "dump-income")
                .body("{\"serviceCode\": \"test.sensitive\", \"streetCode\": \"desheng\", "
                        + "\"form\": {\"householdIncome\": \"41234.56\"}}")
                .when().post("/api/v1/applications").then().statusCode(201);
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestApplications.act(officer, application, "accept", "{}").then().statusCode(200);
        given().auth().oauth2(officer).queryParam("reason", "核实申请人身份")
                .when().get("/api/v1/admin/members/" + member.memberId() + "/pii").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"phone\": \"" + phone + "\"}")
                .when().post("/api/v1/admin/members/lookup").then().statusCode(200);

        String dump = dump();
        assertThat(dump).contains(member.memberId().toString());
        assertThat(dump).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14) + idNumber.substring(14))
                .doesNotContain(phone).doesNotContain("身份证" + idNumber).doesNotContain("41234.56");
    }

    /** Every row of every table of the application's schema, as text. */
    private static String dump() throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = sql.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertThat(tables).contains("members", "applications", "attachments", "audit_events", "idempotency_keys");
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        dump.append(table).append(": ").append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }
}
