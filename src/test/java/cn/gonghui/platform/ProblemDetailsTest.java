package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Every way a request can be wrong ends in a precise problem+json, never a 500 or a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ORDERS = "/test-probe/orders";

    @Test
    void malformedJsonNamesWhereItBroke() {
        given().contentType(ContentType.JSON).body("{\"name\": \"tea\", \"count\": ")
                .when().post(ORDERS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_JSON"))
                .body("title", equalTo("JSON 格式错误"))
                .body("type", equalTo("urn:gonghui:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("第 1 行"))
                .body("instance", equalTo(ORDERS));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        given().contentType(ContentType.JSON).body("{\"name\": \"tea\", \"count\": 1, \"colour\": \"red\"}")
                .when().post(ORDERS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void valuesOfTheWrongTypeAreNotCoerced() {
        expectWrongType("{\"name\": \"tea\", \"count\": \"3\"}", "count");
        expectWrongType("{\"name\": \"tea\", \"count\": 1.5}", "count");
        expectWrongType("{\"name\": 42, \"count\": 1}", "name");
        expectWrongType("{\"name\": \"tea\", \"count\": 1, \"urgent\": 1}", "urgent");
        expectWrongType("{\"name\": \"tea\", \"count\": 1, \"items\": [{\"label\": \"cup\", \"quantity\": \"many\"}]}",
                "items[0].quantity");
    }

    private static void expectWrongType(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(ORDERS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo("WRONG_TYPE"));
    }

    @Test
    void validationListsEveryInvalidFieldInChineseByDefault() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"count\": 9, \"items\": [{\"label\": \"cup\", \"quantity\": -1}]}")
                .when().post(ORDERS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("参数校验失败"))
                .body("errors.field", hasItems("name", "count", "items[0].quantity"))
                .body("errors.find { it.field == 'count' }.code", equalTo("TOO_LARGE"))
                .body("errors.find { it.field == 'name' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'count' }.message", containsString("最大不能超过5"));
    }

    @Test
    void englishOnRequest() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en-GB,en;q=0.8")
                .body("{\"name\": \"\", \"count\": 1}")
                .when().post(ORDERS)
                .then().statusCode(400)
                .body("title", equalTo("Validation failed"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void aMissingBodyIsAValidationError() {
        given().contentType(ContentType.JSON)
                .when().post(ORDERS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void aWrongContentTypeIs415() {
        given().contentType(ContentType.XML).body("<order/>")
                .when().post(ORDERS)
                .then().statusCode(415).contentType(PROBLEM)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aBodyOverTheJsonLimitIs413BeforeItIsRead() {
        String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\", \"count\": 1}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post(ORDERS)
                .then().statusCode(413).contentType(PROBLEM)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("maxBytes", equalTo(256 * 1024));
    }

    @Test
    void anUnsupportedMethodIs405WithTheAllowedOnes() {
        given().when().delete("/api/v1/stations")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void unknownRoutesAre404Problems() {
        for (String path : new String[] {"/api/v1/nowhere", "/nowhere", "/api/v2/stations"}) {
            given().when().get(path)
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("code", equalTo("NOT_FOUND"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void parametersOfTheWrongTypeAreNamed() {
        given().when().get("/api/v1/stations/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_PATH_PARAMETER"))
                .body("errors[0].field", equalTo("id"));
        given().when().get("/api/v1/stations?limit=ten")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_QUERY_PARAMETER"))
                .body("errors[0].field", equalTo("limit"));
        given().when().get("/api/v1/stations?lat=NaN&lng=116")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lat"));
    }

    @Test
    void anUnexpectedFailureShowsNothingInternalButARequestIdFoundInTheLog() {
        Response response;
        try (LogCapture log = LogCapture.start()) {
            response = given().when().get("/test-probe/failure");
            response.then().statusCode(500).contentType(PROBLEM)
                    .body("code", equalTo("INTERNAL_ERROR"))
                    .body("requestId", notNullValue())
                    .body(not(containsString("hunter2")))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("at cn.gonghui")));
            String requestId = response.header("X-Request-Id");
            assertThat(response.jsonPath().getString("requestId")).isEqualTo(requestId);
            ExtLogRecord logged = log.records().stream()
                    .filter(record -> record.getThrown() != null)
                    .findFirst().orElseThrow();
            assertThat(logged.getMdc("requestId")).isEqualTo(requestId);
            assertThat(logged.getThrown()).hasMessageContaining("secret internals");
        }
    }

    @Test
    void theRequestIdIsGeneratedKeptOrReplaced() {
        String generated = given().when().get("/api/v1/streets").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f]{32}");

        given().header("X-Request-Id", "gateway-abc-12345").when().get("/api/v1/streets")
                .then().header("X-Request-Id", "gateway-abc-12345");

        given().header("X-Request-Id", "evil value\" {}").when().get("/api/v1/streets")
                .then().header("X-Request-Id", not(startsWith("evil")));
    }
}
