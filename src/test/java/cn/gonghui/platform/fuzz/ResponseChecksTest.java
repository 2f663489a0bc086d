package cn.gonghui.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fuzz's rules catch what they are for, and let a proper answer pass: a check that never fails proves nothing. */
class ResponseChecksTest {

    private static final String PROBLEM = "{\"type\":\"urn:gonghui:problem:x\",\"title\":\"x\",\"status\":404,\"code\":\"X\"}";

    private final ResponseChecks checks = new ResponseChecks(false);

    @Test
    void aProblemDocumentPasses() throws Exception {
        assertThat(checks.check(request("GET", "/api/v1/stations/{id}", null),
                answer(404, "application/problem+json", PROBLEM))).isEmpty();
    }

    @Test
    void anEmptyErrorAndA5xxAreCaught() throws Exception {
        assertThat(checks.check(request("GET", "/api/v1/stations/{id}", null), answer(400, null, "")))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.NOT_A_PROBLEM);
        assertThat(checks.check(request("GET", "/api/v1/stations/{id}", null),
                answer(500, "application/problem+json", PROBLEM.replace("404", "500"))))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.SERVER_ERROR);
    }

    @Test
    void stackFramesAndClassNamesAreCaught() throws Exception {
        String trace = "{\"detail\":\"java.lang.IllegalStateException: boom\\n\\tat cn.gonghui.X.y(X.java:1)\"}";
        assertThat(checks.check(request("GET", "/api/v1/stations/{id}", null), answer(200, "application/json", trace)))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.LEAK);
        assertThat(checks.check(request("GET", "/api/v1/stations/{id}", null),
                new RawHttp.Answer(200, List.of(Map.entry("X-Error", "org.hibernate.exception.DataException")), "{}", null)))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.LEAK);
    }

    @Test
    void theTokenEndpointAnswersInTheOAuthFormatItDocuments() throws Exception {
        assertThat(checks.check(request("POST", "/api/v1/oauth/token", "application/x-www-form-urlencoded"),
                answer(401, "application/json", "{\"error\":\"invalid_client\"}"))).isEmpty();
    }

    @Test
    void aBodyAcceptedWithoutItsMediaTypeIsCaught() throws Exception {
        assertThat(checks.check(request("PUT", "/api/v1/me/identity", null), answer(200, "application/json", "{}")))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.WRONG_MEDIA_ACCEPTED);
        assertThat(checks.check(request("POST", "/api/v1/auth/officer/session", null),
                answer(401, "application/problem+json", PROBLEM.replace("404", "401"))))
                .extracting(ResponseChecks.Violation::kind).containsExactly(ResponseChecks.WRONG_MEDIA_ACCEPTED);
        assertThat(checks.check(request("PUT", "/api/v1/me/identity", null),
                answer(415, "application/problem+json", PROBLEM.replace("404", "415")))).isEmpty();
        assertThat(checks.check(request("PUT", "/api/v1/me/identity", "application/json"),
                answer(200, "application/json", "{}"))).isEmpty();
    }

    private static FuzzRequest request(String method, String path, String contentType) throws Exception {
        Operation operation = Contract.committed().operations().stream()
                .filter(candidate -> candidate.key().equals(method + " " + path)).findFirst().orElseThrow();
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        byte[] body = operation.body().isPresent() ? new byte[] {'{', '}'} : null;
        return new FuzzRequest(operation, "test", "valid", method, path, headers, body);
    }

    private static RawHttp.Answer answer(int status, String contentType, String body) {
        return new RawHttp.Answer(status, contentType == null ? List.of() : List.of(Map.entry("Content-Type", contentType)),
                body, null);
    }
}
