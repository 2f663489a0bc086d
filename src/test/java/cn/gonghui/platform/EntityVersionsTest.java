package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Changes need the current ETag in If-Match; a stale one is refused with the current one. */
@QuarkusTest
class EntityVersionsTest {

    private static final String VERSIONED = "/test-probe/versioned";
    private static final String BODY = "{\"name\": \"tea\", \"count\": 1}";

    @Test
    void theCurrentVersionPasses() {
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(BODY)
                .when().post(VERSIONED)
                .then().statusCode(204).header("ETag", "\"4\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\", \"3\"").body(BODY)
                .when().post(VERSIONED)
                .then().statusCode(204);
    }

    @Test
    void aStaleVersionIs412WithTheCurrentETag() {
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(BODY)
                .when().post(VERSIONED)
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", "\"3\"")
                .body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void aWeakTagNeverMatches() {
        given().contentType(ContentType.JSON).header("If-Match", "W/\"3\"").body(BODY)
                .when().post(VERSIONED)
                .then().statusCode(412);
    }

    @Test
    void withoutIfMatchIs428() {
        given().contentType(ContentType.JSON).body(BODY)
                .when().post(VERSIONED)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
    }
}
