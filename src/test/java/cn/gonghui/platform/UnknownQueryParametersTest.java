package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.testing.EveryRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A query parameter an operation does not know is refused, never silently ignored. */
@QuarkusTest
class UnknownQueryParametersTest {

    private static final String ANY_ID = "01a20144-3af1-7ea3-9ce3-d9690a412c72";
    private static final String EVERY_ROLE = EveryRole.token("01a20144-0000-7000-8000-000000000001");

    @Test
    void aTypoInTheStationFilterIsRefusedNamingItAndTheAcceptedOnes() {
        given().queryParam("street", "desheng")
                .when().get("/api/v1/stations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("street"))
                .body("errors[0].code", equalTo("UNKNOWN_PARAMETER"))
                .body("acceptedParameters", contains("cursor", "facility", "lat", "limit", "lng", "radiusKm",
                        "streetCode"))
                .body("detail", containsString("street"))
                .body("detail", containsString("streetCode"));
    }

    @Test
    void theDeclaredParametersStillWork() {
        given().queryParam("streetCode", "desheng").queryParam("limit", 5)
                .when().get("/api/v1/stations")
                .then().statusCode(200);
    }

    @Test
    void everyUnknownParameterIsNamedInEnglishToo() {
        given().header("Accept-Language", "en").queryParam("page", 2).queryParam("size", 10)
                .when().get("/api/v1/streets")
                .then().statusCode(400)
                .body("errors.field", contains("page", "size"))
                .body("title", equalTo("Unknown query parameter"))
                .body("detail", containsString("page, size"));
    }

    @Test
    void anOperationWithoutQueryParametersAcceptsNone() {
        given().queryParam("verbose", "true")
                .when().get("/api/v1/stations/" + ANY_ID)
                .then().statusCode(400)
                .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"))
                .body("acceptedParameters", hasSize(0));
    }

    /**
     * Every operation of the contract refuses an unknown parameter, and names as accepted exactly the
     * query parameters the contract lists for it. The caller holds every role and scope, and sends
     * the media type the operation takes: authentication and content negotiation come first.
     */
    @Test
    void everyOperationAcceptsWhatTheContractListsAndNothingElse() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            String address = path.getKey().replaceAll("\\{[^}]+}", ANY_ID);
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                TreeSet<String> listed = new TreeSet<>();
                operation.getValue().path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asText())) {
                        listed.add(parameter.path("name").asText());
                    }
                });
                RequestSpecification request = given().auth().oauth2(EVERY_ROLE)
                        .queryParam("gonghui-no-such-parameter", "1");
                Optional<String> takes = operation.getValue().path("requestBody").path("content").properties().stream()
                        .map(Map.Entry::getKey).findFirst();
                if (takes.isPresent()) {
                    String mediaType = takes.get();
                    if (mediaType.startsWith("multipart/")) {
                        request.multiPart("file", "empty.txt", new byte[0]);
                    } else {
                        request.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "");
                    }
                }
                Response answer = request.request(operation.getKey().toUpperCase(), address);
                checked++;
                String label = operation.getKey().toUpperCase() + " " + path.getKey();
                if (answer.statusCode() != 400 || !"UNKNOWN_QUERY_PARAMETER".equals(answer.path("code"))) {
                    wrong.add(label + " answered " + answer.statusCode() + " " + answer.asString());
                } else if (!new TreeSet<>(answer.<List<String>>path("acceptedParameters")).equals(listed)) {
                    wrong.add(label + " accepts " + answer.path("acceptedParameters") + ", the contract lists " + listed);
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }
}
