package cn.gonghui.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Browsers may call the API from the officers' web client only (the origins configured in
 * {@code quarkus.http.cors.origins}, {@code https://admin.gonghui.example} in tests); any other
 * web page gets no {@code Access-Control-Allow-Origin}, so its browser keeps the answer from it.
 * Raw HTTP, because a refused origin is answered by the CORS filter, before the API.
 */
@QuarkusTest
class CorsTest {

    private static final String OFFICERS_CLIENT = "https://admin.gonghui.example";

    @Test
    void theOfficersWebClientMayReadAnAnswer() {
        RawHttp.Answer answer = RawHttp.get("/api/v1/streets", "Origin: " + OFFICERS_CLIENT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(OFFICERS_CLIENT);
    }

    /** The contract documents the header on every answer, errors included: the filter runs before any of them. */
    @Test
    void theOfficersWebClientMayReadEveryKindOfRefusalToo() {
        String origin = "Origin: " + OFFICERS_CLIENT;
        RawHttp.Answer unauthenticated = RawHttp.get("/api/v1/me", origin);
        RawHttp.Answer notFound = RawHttp.get("/api/v1/stations/0193a6b0-0000-7000-8000-000000000000", origin);
        RawHttp.Answer unknownParameter = RawHttp.get("/api/v1/streets?nonsense=1", origin);
        RawHttp.Answer uriTooLong = RawHttp.get("/api/v1/streets?q=" + "x".repeat(9000), origin);
        RawHttp.Answer headersTooLarge = RawHttp.get("/api/v1/streets", origin, "X-Padding: " + "x".repeat(20_000));
        RawHttp.Answer bodyTooLarge = RawHttp.send("POST /api/v1/auth/officer/session HTTP/1.1\r\n" + origin
                + "\r\nContent-Type: application/json", "{\"username\": \"" + "x".repeat(300_000) + "\"}");
        List<RawHttp.Answer> answers = List.of(unauthenticated, notFound, unknownParameter, uriTooLong, headersTooLarge,
                bodyTooLarge);

        assertThat(answers).extracting(RawHttp.Answer::status).containsExactly(401, 404, 400, 414, 431, 413);
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(OFFICERS_CLIENT));
    }

    @Test
    void theOfficersWebClientMayAskBeforeAnActionWithItsHeaders() {
        RawHttp.Answer answer = RawHttp.send("OPTIONS /api/v1/admin/applications HTTP/1.1\r\n"
                + "Origin: " + OFFICERS_CLIENT + "\r\nAccess-Control-Request-Method: POST\r\n"
                + "Access-Control-Request-Headers: authorization,if-match,content-type", "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(OFFICERS_CLIENT);
        assertThat(answer.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(answer.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization", "if-match");
    }

    @Test
    void anotherWebPageGetsNoAllowOrigin() {
        RawHttp.Answer answer = RawHttp.get("/api/v1/streets", "Origin: https://evil.example");

        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anotherWebPageMayNotAskBeforeAnAction() {
        RawHttp.Answer answer = RawHttp.send("OPTIONS /api/v1/admin/applications HTTP/1.1\r\n"
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST", "");

        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }
}
