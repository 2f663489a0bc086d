package cn.gonghui.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A token is verified wherever it is sent: every public read of the contract (those marked
 * x-security-exception) refuses a token it cannot verify with 401, as it documents, and still
 * answers without one.
 */
@QuarkusTest
class SentTokensTest {

    private static final String FORGED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LWEtc2lnbmF0dXJl";
    private static final String ANY_ID = "01a20144-3af1-7ea3-9ce3-d9690a412c72";

    @Test
    void everyPublicReadRefusesATokenItCannotVerify() {
        List<String> reads = publicOperations("GET");
        assertThat(reads).as("the public reads of the contract").hasSizeGreaterThanOrEqualTo(10);
        List<String> wrong = new ArrayList<>();
        for (String template : reads) {
            String path = template.replaceAll("\\{[^}]+}", ANY_ID);
            Response answer = given().auth().oauth2(FORGED).when().get(path);
            if (answer.statusCode() != 401 || !"UNAUTHENTICATED".equals(answer.jsonPath().getString("code"))
                    || !"Bearer".equals(answer.header("WWW-Authenticate"))) {
                wrong.add(template + " -> " + answer.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPublicReadStillAnswersWithoutAToken() {
        given().when().get("/api/v1/streets").then().statusCode(200);
    }

    /** The operations of the method that need no token: the contract marks them x-security-exception. */
    private static List<String> publicOperations(String method) {
        return Contract.load().operations().stream()
                .filter(operation -> operation.method().equals(method) && operation.node().has("x-security-exception"))
                .map(Contract.Operation::template)
                .toList();
    }
}
