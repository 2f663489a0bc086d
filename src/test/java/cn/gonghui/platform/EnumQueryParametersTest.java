package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.testing.EveryRole;
import cn.gonghui.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value an enumerated query filter does not know is refused, naming the filter and its values. */
@QuarkusTest
class EnumQueryParametersTest {

    private static final String ANY_ID = "01a20144-3af1-7ea3-9ce3-d9690a412c73";
    private static final String EVERY_ROLE = EveryRole.token("01a20144-0000-7000-8000-000000000002");

    @Inject
    TestAccounts accounts;

    @Test
    void anOfficerAskingTheQueueForAStatusThatDoesNotExistIsToldWhichExist() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer)
                .queryParam("status", "accepted").queryParam("status", "pending-approval")
                .when().get("/api/v1/admin/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_QUERY_PARAMETER"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("NOT_ALLOWED"))
                .body("allowedValues.status", hasItems("submitted", "accepted", "needs_info", "completed"));
    }

    @Test
    void theKnownValuesStillFilter() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer).queryParam("status", "accepted").queryParam("status", "needs_info")
                .when().get("/api/v1/admin/applications")
                .then().statusCode(200);
        given().queryParam("kind", "work_report")
                .when().get("/api/v1/disclosures")
                .then().statusCode(200);
    }

    @Test
    void aPublicReaderAskingForAKindOfDisclosureThatDoesNotExistIsToldTheKinds() {
        given().header("Accept-Language", "en").queryParam("kind", "minutes")
                .when().get("/api/v1/disclosures")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_QUERY_PARAMETER"))
                .body("errors.field", contains("kind"))
                .body("errors[0].message", equalTo("not one of the allowed values"))
                .body("allowedValues.kind", contains("work_plan", "work_report", "fund_budget", "fund_final_accounts",
                        "audit_report", "democratic_review", "notice"));
    }

    /**
     * Every query parameter the contract declares as an enumeration (or a list of one) refuses a value
     * outside it with a 400 naming the parameter and listing exactly the values the contract lists.
     */
    @Test
    void everyEnumeratedQueryParameterOfTheContractRefusesAnUnknownValue() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            String address = path.getKey().replaceAll("\\{[^}]+}", ANY_ID);
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    List<String> allowed = allowedValues(contract, parameter);
                    if (!"query".equals(parameter.path("in").asText()) || allowed.isEmpty()) {
                        continue;
                    }
                    String name = parameter.path("name").asText();
                    Response answer = given().auth().oauth2(EVERY_ROLE).queryParam(name, "gonghui_no_such_value")
                            .request(operation.getKey().toUpperCase(), address);
                    checked++;
                    String label = operation.getKey().toUpperCase() + " " + path.getKey() + " ?" + name;
                    if (answer.statusCode() != 400 || !"INVALID_QUERY_PARAMETER".equals(answer.path("code"))
                            || !List.of(name).equals(answer.path("errors.field"))) {
                        wrong.add(label + " answered " + answer.statusCode() + " " + answer.asString());
                    } else if (!allowed.equals(answer.path("allowedValues." + name))) {
                        wrong.add(label + " allows " + answer.path("allowedValues." + name) + ", the contract " + allowed);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(19);
        assertThat(wrong).isEmpty();
    }

    private static List<String> allowedValues(JsonNode contract, JsonNode parameter) {
        JsonNode schema = resolved(contract, parameter.path("schema"));
        if (schema.has("items")) {
            schema = resolved(contract, schema.get("items"));
        }
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode resolved(JsonNode contract, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : contract.at(ref.substring(1));
    }
}
