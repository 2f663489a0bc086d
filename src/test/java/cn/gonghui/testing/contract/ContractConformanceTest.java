package cn.gonghui.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.contract.Contract.Operation;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The check every test call goes through catches what it claims to catch, and lets a conforming call pass. */
class ContractConformanceTest {

    private final ContractConformance conformance = ContractConformance.instance();

    @Test
    void aConformingAnswerPasses() {
        assertThat(check("GET", "/api/v1/streets", answer(200, "application/json",
                "{\"items\": [], \"nextCursor\": null}"))).isEmpty();
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertThat(check("GET", "/api/v1/streets", answer(418, "application/problem+json", "{}")))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("status 418 is not documented"));
    }

    @Test
    void aBodyOutsideItsSchemaIsCaught() {
        assertThat(check("GET", "/api/v1/streets", answer(200, "application/json", "{\"items\": 5}")))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("response body").contains("items"));
    }

    @Test
    void anAnswerWithoutAPropertyTheServiceAlwaysSendsIsCaught() {
        assertThat(check("GET", "/api/v1/streets", answer(200, "application/json",
                "{\"items\": [{\"code\": \"desheng\", \"name\": \"德胜街道\"}], \"nextCursor\": null}")))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("response body").contains("required")
                        .contains("district"));
        assertThat(check("GET", "/api/v1/streets", answer(200, "application/json", "{\"items\": []}")))
                .as("a property sent as null is still sent")
                .anySatisfy(mismatch -> assertThat(mismatch).contains("required").contains("nextCursor"));
    }

    @Test
    void anUndocumentedMediaTypeIsCaught() {
        assertThat(check("GET", "/api/v1/streets", answer(200, "text/plain", "streets")))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("Content-Type text/plain is not documented"));
    }

    @Test
    void aHeaderOutsideItsSchemaIsCaught() {
        Response tokens = new ResponseBuilder().setStatusCode(200).setContentType("application/json")
                .setHeader("Cache-Control", "no-transform, no-store")
                .setBody("{\"accessToken\": \"a.b.c\", \"refreshToken\": \"r\", \"expiresIn\": 900, \"tokenType\": \"Bearer\"}")
                .build();
        assertThat(check("POST", "/api/v1/auth/officer/session", tokens))
                .anySatisfy(mismatch -> assertThat(mismatch).contains("header Cache-Control"));
    }

    @Test
    void aRequestTheServiceAcceptedMustMatchTheRequestSchema() {
        Operation apply = conformance.operation("POST", "/api/v1/auth/officer/session").orElseThrow();
        Response accepted = answer(200, "application/json",
                "{\"accessToken\": \"a.b.c\", \"refreshToken\": \"r\", \"expiresIn\": 900, \"tokenType\": \"Bearer\"}");
        assertThat(conformance.mismatches(apply, "application/json", "{\"username\": 7}", accepted))
                .anySatisfy(mismatch -> assertThat(mismatch).startsWith("request body"));
        Response refused = answer(400, "application/problem+json",
                "{\"type\": \"urn:gonghui:problem:bad-request\", \"title\": \"t\", \"status\": 400, \"code\": \"BAD_REQUEST\"}");
        assertThat(conformance.mismatches(apply, "application/json", "{\"username\": 7}", refused))
                .noneSatisfy(mismatch -> assertThat(mismatch).startsWith("request body"));
    }

    @Test
    void aPathIsMatchedToItsTemplateLiteralSegmentsFirst() {
        assertThat(conformance.operation("GET", "/api/v1/stations/01a20144-3af1-7ea3-9ce3-d9690a412c72"))
                .hasValueSatisfying(operation -> assertThat(operation.template()).isEqualTo("/api/v1/stations/{id}"));
        assertThat(conformance.operation("GET", "/test-probe/orders")).isEmpty();
    }

    private java.util.List<String> check(String method, String path, Response response) {
        Operation operation = conformance.operation(method, path).orElseThrow();
        return conformance.mismatches(operation, null, null, response);
    }

    private static Response answer(int status, String contentType, String body) {
        return new ResponseBuilder().setStatusCode(status).setContentType(contentType).setBody(body).build();
    }
}
