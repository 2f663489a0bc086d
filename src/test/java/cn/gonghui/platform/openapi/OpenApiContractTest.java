package cn.gonghui.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed contract is the one the service serves, and it documents errors everywhere. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void theCommittedContractIsTheServedOne() throws Exception {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED));

        assertThat(committed)
                .as("openapi/openapi.yaml differs from what the service serves: run ./mvnw package and commit openapi/")
                .isEqualTo(served);
    }

    @Test
    void theContractIntroducesItselfInChineseAndEnglish() throws Exception {
        JsonNode contract = committed();
        String description = contract.at("/info/description").asText();
        assertThat(description).contains("工会").contains("trade unions");
        assertThat(contract.at("/servers/0/url").asText())
                .as("Swagger UI tries requests out against the first server: the one serving the document").isEqualTo("/");
        assertThat(contract.at("/servers/1/url").asText()).isEqualTo("https://api.gonghui.example");
        assertThat(contract.at("/components/securitySchemes/member/scheme").asText()).isEqualTo("bearer");
        assertThat(contract.at("/components/securitySchemes/officer/scheme").asText()).isEqualTo("bearer");
        assertThat(contract.at("/components/securitySchemes/integrator/scheme").asText()).isEqualTo("bearer");
        assertThat(contract.at("/components/securitySchemes/integrator/description").asText())
                .as("where integrators get their short-lived tokens, and why there is no refresh token")
                .contains("POST /api/v1/oauth/token", "client-credentials", "15 minutes", "RFC 6749");
        assertThat(contract.at("/components/schemas/Problem/properties/code").isMissingNode()).isFalse();
        assertThat(contract.at("/tags").findValuesAsText("name")).contains("places");
    }

    /**
     * An operation that needs no token says so and why: {@code security: [{}]}, the reason in
     * {@code x-security-exception} and in its description. README counts them (the number must match),
     * so that a new public operation is a visible decision.
     */
    @Test
    void everyOperationWithoutATokenSaysWhyAndReadmeCountsThem() throws Exception {
        JsonNode contract = committed();
        List<String> unexplained = new ArrayList<>();
        int open = 0;
        for (var path : contract.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode security = operation.getValue().path("security");
                boolean anonymousAllowed = security.isMissingNode() || security.isEmpty() || security.get(0).isEmpty();
                boolean noted = operation.getValue().has(PublicAccess.NOTE);
                if (anonymousAllowed != noted || noted && !operation.getValue().path("description").asText()
                        .contains(PublicAccess.explanation(operation.getValue().path(PublicAccess.NOTE).asText()))) {
                    unexplained.add(operation.getKey() + " " + path.getKey());
                }
                open += noted ? 1 : 0;
            }
        }
        assertThat(unexplained).isEmpty();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("\\*\\*(\\d+) operations need no token\\*\\*")
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(counted.find()).as("README says how many operations need no token").isTrue();
        assertThat(Integer.parseInt(counted.group(1))).as("README's count of operations that need no token").isEqualTo(open);
    }

    @Test
    void theAdministrationHasASecuritySchemeOfItsOwnOnEveryOneOfItsOperations() throws Exception {
        JsonNode contract = committed();
        JsonNode admin = contract.at("/components/securitySchemes/admin");
        assertThat(admin.path("type").asText()).isEqualTo("http");
        assertThat(admin.path("scheme").asText()).isEqualTo("bearer");
        assertThat(admin.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(admin.path("description").asText()).contains("officer", "district_officer", "auditor", "admin");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int administrative = 0;
        for (var path : contract.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                java.util.Set<String> schemes = new java.util.TreeSet<>();
                operation.getValue().path("security").forEach(requirement -> requirement.fieldNames()
                        .forEachRemaining(schemes::add));
                boolean underAdmin = path.getKey().startsWith("/api/v1/admin/");
                administrative += underAdmin ? 1 : 0;
                if (underAdmin != schemes.contains("admin") || underAdmin && schemes.contains("officer")) {
                    wrong.add(operation.getKey() + " " + path.getKey() + " " + schemes);
                }
            }
        }
        assertThat(administrative).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void anApplicationsResultNamesEveryPartTheLinesKeepThereEachWithAnExample() throws Exception {
        JsonNode schemas = committed().at("/components/schemas");
        List<String> parts = new java.util.ArrayList<>();
        schemas.at("/Application/properties/result/" + ContractFilter.SHAPES)
                .forEach(shape -> parts.add(shape.path("$ref").asText()
                        .substring(shape.path("$ref").asText().lastIndexOf('/') + 1)));

        assertThat(parts).containsExactlyInAnyOrder("AssignedLawyer", "CardResult", "HardshipAssessment",
                "HardshipFileOpened", "HardshipMedicalAidAmounts", "HardshipProgrammeGranted", "LegalAidAssessment",
                "MembershipResult");
        // the free-form object written out, not a $ref to JsonObject: Spectral does not read beside a $ref,
        // and would count the shapes as unused components (ContractFilter.nameShapes)
        assertThat(schemas.at("/Application/properties/result/$ref").isMissingNode()).isTrue();
        assertThat(schemas.at("/Application/properties/result/type").asText()).isEqualTo("object");
        assertThat(schemas.at("/Application/properties/result/maxProperties").asInt()).isEqualTo(100);
        assertThat(schemas.at("/ApplicationRequest/properties/form/$ref").isMissingNode()).isTrue();
        assertThat(schemas.at("/ApplicationRequest/properties/form/" + ContractFilter.SHAPES).findValuesAsText("$ref"))
                .hasSize(12).contains("#/components/schemas/MembershipJoinForm", "#/components/schemas/CardApplyForm");
        parts.forEach(part -> {
            assertThat(schemas.at("/" + part + "/" + ContractFilter.APPLICATION_RESULT).isMissingNode()).as(part).isFalse();
            assertThat(schemas.at("/" + part + "/examples/0").isObject()).as(part + " has an example").isTrue();
        });
    }

    @Test
    void everyOperationDocumentsItsProblems() throws Exception {
        JsonNode contract = committed();
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            path.getValue().properties().forEach(operation -> {
                JsonNode responses = operation.getValue().get("responses");
                // every operation refuses a query parameter it does not list (UNKNOWN_QUERY_PARAMETER)
                if (responses == null || !responses.has("500") || !responses.has("400")) {
                    undocumented.add(operation.getKey() + " " + path.getKey());
                }
                if (path.getKey().contains("{") && !responses.has("404")) {
                    undocumented.add(operation.getKey() + " " + path.getKey() + " (404)");
                }
            });
        }
        assertThat(undocumented).isEmpty();
        assertThat(contract.at("/components/responses/InternalError/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(contract.at("/paths/~1api~1v1~1stations~1{id}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void testOnlyResourcesStayOutOfTheContract() throws Exception {
        assertThat(committed().get("paths").has("/test-probe/orders")).isFalse();
    }

    /**
     * What a generated client needs to type its calls: every parameter has a type (an untyped one is
     * any value, and typescript-fetch typed limit, cursor, If-Match and Idempotency-Key as any), and a
     * request body that names its schema names it alone (a reference with sibling properties is
     * refused by generators).
     */
    @Test
    void everyParameterIsTypedAndEveryNamedBodyIsItsSchemaAlone() throws Exception {
        List<String> untyped = new ArrayList<>();
        List<String> refWithSiblings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : committed().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operation.getValue().path("parameters").forEach(parameter -> {
                    JsonNode schema = parameter.path("schema");
                    if (!schema.has("type") && !schema.has("$ref")) {
                        untyped.add(name + " " + parameter.path("name").asText());
                    }
                });
                operation.getValue().path("requestBody").path("content").forEach(media -> {
                    JsonNode schema = media.path("schema");
                    if (schema.has("$ref") && (schema.has("properties") || schema.has("type"))) {
                        refWithSiblings.add(name);
                    }
                });
            }
        }
        assertThat(untyped).isEmpty();
        assertThat(refWithSiblings).isEmpty();
    }

    private static JsonNode committed() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED));
    }
}
