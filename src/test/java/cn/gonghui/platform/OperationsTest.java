package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators watch: liveness, readiness including the database, and metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void liveAndReadyIncludingTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when().get("/api/v1/streets").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void swaggerUiIsOffOutsideDevByDefault() {
        given().when().get("/q/swagger-ui/").then().statusCode(404);
    }
}
