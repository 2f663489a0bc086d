package cn.gonghui.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A scenario that puts personal data everywhere a log could catch it, then a grep of the log. */
@QuarkusTest
class LogRedactionTest {

    private static final Path LOG = Path.of("target/test-app.log");
    private static final Logger APPLICATION_LOG = Logger.getLogger(LogRedactionTest.class);

    @Test
    void theLogHoldsNoIdNumberPhoneCardTokenOrSecret() throws Exception {
        String phone = "13912345678";
        String idNumber = IdNumbers.bornOn("19870707");
        String card = "6222021234567890123";
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"dev-phone-" + phone + "\"}").when().post("/api/v1/auth/wechat/phone")
                .then().statusCode(200);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"王小明\", \"idNumber\": \"" + idNumber + "\"}").when().put("/api/v1/me/identity")
                .then().statusCode(200);
        // personal data and a token where an access log sees them: the query string and the path (the
        // parameters are unknown, so the answer names them, never their values)
        given().queryParam("phone", phone).queryParam("idNumber", idNumber).queryParam("card", card)
                .queryParam("access_token", member.accessToken())
                .when().get("/api/v1/stations").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"))
                .body(not(containsString(phone)));
        given().when().get("/api/v1/nowhere/" + idNumber + "/" + phone).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"username\": \"nobody-x\", \"password\": \"hunter2\"}")
                .when().post("/api/v1/auth/officer/session").then().statusCode(401);
        // and a careless log statement of our own
        APPLICATION_LOG.infof("member %s phone %s card %s refreshToken=%s", idNumber, phone, card, member.refreshToken());

        String log = waitForLine("card ");
        assertThat(log)
                .doesNotContain(phone)
                .doesNotContain(idNumber)
                .doesNotContain(card)
                .doesNotContain(member.accessToken())
                .doesNotContain(member.accessToken().substring(0, 40))
                .doesNotContain(member.refreshToken())
                .doesNotContain("hunter2")
                .doesNotContain("fake-secret")
                .contains("139****5678")
                .contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                .contains("\"GET /api/v1/stations?");
    }

    /** The file handler writes asynchronously to the scenario; wait for the last line. */
    private static String waitForLine(String marker) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            String log = Files.readString(LOG, StandardCharsets.UTF_8);
            if (log.contains("phone ") && log.contains(marker)) {
                return log;
            }
            Thread.sleep(100);
        }
        return Files.readString(LOG, StandardCharsets.UTF_8);
    }
}
