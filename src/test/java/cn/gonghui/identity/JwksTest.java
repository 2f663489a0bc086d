package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Our public keys are published, each with its kid, and every token names the key that signed it. */
@QuarkusTest
class JwksTest {

    @Test
    void thePublicKeysArePublishedWithoutPrivateParts() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kid", equalTo("test-key-1"))
                .body("keys[0].kty", equalTo("RSA"))
                .body(not(containsString("\"d\"")))
                .body(not(containsString("\"p\"")));
    }

    @Test
    void tokensNameTheirSigningKey() {
        String token = TestAccounts.newMember().accessToken();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"test-key-1\"").contains("\"alg\":\"RS256\"");
    }
}
