package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** A member fills in their own record: street, phone from WeChat, real name and ID number. */
@QuarkusTest
class MeTest {

    @Test
    void aNewMemberStartsEmptyAndChoosesTheirStreet() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        as(member).when().get("/api/v1/me").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(member.memberId().toString()))
                .body("identityVerified", equalTo(false))
                .body("idNumber", nullValue())
                .body("street", nullValue());

        as(member).contentType(ContentType.JSON).body("{\"nickname\": \"小王\", \"streetCode\": \"desheng\"}")
                .when().patch("/api/v1/me").then().statusCode(200)
                .body("nickname", equalTo("小王"))
                .body("street.name", equalTo("德胜"));
    }

    @Test
    void anUnknownStreetOrAStaleVersionIsRefused() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        as(member).contentType(ContentType.JSON).body("{\"streetCode\": \"atlantis\"}")
                .when().patch("/api/v1/me").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_STREET"));
        as(member).contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"nickname\": \"x\"}")
                .when().patch("/api/v1/me").then().statusCode(412);
    }

    @Test
    void theRealIdentityIsCheckedAndShownPlainOnlyToItsOwner() throws Exception {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String idNumber = IdNumbers.bornOn("19880412");
        String lowercase = idNumber.toLowerCase();
        as(member).contentType(ContentType.JSON).body("{\"name\": \"王小明\", \"idNumber\": \"" + lowercase + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200)
                .body("realName", equalTo("王小明"))
                .body("idNumber", equalTo(idNumber.toUpperCase()))
                .body("identityVerified", equalTo(true));

        assertThat(storedColumns(member)).doesNotContain(idNumber.toUpperCase()).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void defectiveIdNumbersAreNamed() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        expectDefect(member, "110105194912310021", "ID_NUMBER_CHECKSUM");
        expectDefect(member, IdNumbers.withCheck("11010219900230123"), "ID_NUMBER_BIRTH_DATE");
        expectDefect(member, "110105491231002", "ID_NUMBER_LEGACY_15_DIGITS");
        expectDefect(member, IdNumbers.withCheck("99010219900101123"), "ID_NUMBER_AREA");
    }

    @Test
    void oneIdNumberBelongsToOneAccount() {
        String idNumber = IdNumbers.bornOn("19750101");
        as(TestAccounts.newMember()).contentType(ContentType.JSON)
                .body("{\"name\": \"李四\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        as(TestAccounts.newMember()).contentType(ContentType.JSON)
                .body("{\"name\": \"李四\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(409)
                .body("code", equalTo("IDENTITY_ALREADY_REGISTERED"));
    }

    @Test
    void thePhoneComesFromWeChatsOneTimeCode() throws Exception {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        as(member).contentType(ContentType.JSON).body("{\"code\": \"dev-phone-13912345678\"}")
                .when().post("/api/v1/auth/wechat/phone").then().statusCode(200)
                .body("phone", equalTo("13912345678"));
        as(member).when().get("/api/v1/me").then().body("phone", equalTo("13912345678"));
        assertThat(storedColumns(member)).doesNotContain("13912345678");

        as(member).contentType(ContentType.JSON).body("{\"code\": \"dev-error-40029\"}")
                .when().post("/api/v1/auth/wechat/phone").then().statusCode(422)
                .body("code", equalTo("WECHAT_CODE_INVALID"));
    }

    private static void expectDefect(TestAccounts.SignedIn member, String idNumber, String code) {
        as(member).contentType(ContentType.JSON).body("{\"name\": \"王小明\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].code", equalTo(code));
    }

    /** The member's row as the database holds it. */
    private static String storedColumns(TestAccounts.SignedIn member) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT members::text FROM members WHERE id = ?")) {
            select.setObject(1, member.memberId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static RequestSpecification as(TestAccounts.SignedIn member) {
        return given().auth().oauth2(member.accessToken());
    }
}
