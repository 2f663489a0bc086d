package cn.gonghui.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** After a key rotation, values of the old key stay readable and the job moves them to the new one. */
@QuarkusTest
class KeyRotationTest {

    @Inject
    PrivacyKeys keys;

    @Inject
    KeyRotation rotation;

    @Test
    void valuesOfTheOldKeyAreReadThenMovedToTheCurrentOne() throws Exception {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"dev-phone-13712340000\"}").when().post("/api/v1/auth/wechat/phone").then().statusCode(200);
        FieldCipher oldKey = new FieldCipher(keys.withCurrent("test-1"));
        setPhoneCipher(member, oldKey.encrypt("member.phone", "13712340000"));
        assertThat(phoneCipher(member)).startsWith("test-1:");

        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me").then().body("phone", equalTo("13712340000"));
        assertThat(rotation.rotateAll()).isGreaterThanOrEqualTo(1);

        assertThat(phoneCipher(member)).startsWith(keys.currentKeyId() + ":");
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me").then().body("phone", equalTo("13712340000"));
        assertThat(rotation.rotateAll()).as("nothing left on the old key").isZero();
    }

    private static void setPhoneCipher(TestAccounts.SignedIn member, String value) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
             PreparedStatement update = connection.prepareStatement("UPDATE members SET phone_cipher = ? WHERE id = ?")) {
            update.setString(1, value);
            update.setObject(2, member.memberId());
            update.executeUpdate();
        }
    }

    private static String phoneCipher(TestAccounts.SignedIn member) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT phone_cipher FROM members WHERE id = ?")) {
            select.setObject(1, member.memberId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
