package cn.gonghui.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The contract says which properties of an answer are always there ({@link ResponseProperties}), so that
 * generated clients type them as present. OpenApiContractTest holds the committed contract to the served
 * one; ContractConformance holds every answer of the suite to these {@code required} lists.
 */
class ResponsePropertiesTest {

    private static final Set<JsonInclude.Include> ALWAYS = Set.of(JsonInclude.Include.ALWAYS,
            JsonInclude.Include.USE_DEFAULTS);

    private final JsonNode schemas = contract().at("/components/schemas");

    @Test
    void everyPropertyOfTheEverydayAnswersIsRequiredTheNullableOnesIncluded() {
        for (String name : List.of("Application", "ApplicationSummary", "ApplicationEvent", "Appointment", "Membership",
                "MemberCard", "Me", "Station", "Street", "Slot", "Activity", "Message", "MemberSession", "PageStreetView",
                "Disbursement", "WebhookSubscription")) {
            JsonNode schema = schemas.path(name);
            assertThat(schema.isMissingNode()).as(name + " is in the contract").isFalse();
            assertThat(required(schema)).as(name + ": every property the service sends is required")
                    .containsExactlyInAnyOrderElementsOf(properties(schema));
        }
        assertThat(schemas.at("/ApplicationSummary/properties/assigneeId/type").toString())
                .as("present on every summary, null before an officer is assigned").contains("null");
    }

    @Test
    void aRecordThatLeavesOutEmptyPropertiesRequiresOnlyWhatItsAnnotationsSay() {
        assertThat(schemas.at("/Problem/" + ResponseProperties.WHEN_SET).isMissingNode()).isFalse();
        assertThat(required(schemas.path("Problem"))).containsExactlyInAnyOrder("type", "title", "status", "code");
        assertThat(schemas.at("/OAuthError/" + ResponseProperties.WHEN_SET).isMissingNode()).isFalse();
        assertThat(required(schemas.path("OAuthError"))).isEmpty();
    }

    @Test
    void aSchemaRequestsUseTooIsLeftToItsAnnotations() {
        // a form version's field, published by administrators and read back: a client need not send its help
        assertThat(required(schemas.path("FormAttributeDefinition"))).containsExactlyInAnyOrder("code", "datatype",
                "order", "label");
    }

    /**
     * A payload class Jackson writes with {@code NON_NULL}, {@code NON_EMPTY} or the like leaves properties
     * out: its schema must carry {@link ResponseProperties#WHEN_SET}, and only such schemas carry it. The
     * mark is set on the class ({@code @Schema(extensions = …)}); a single property written conditionally
     * is not supported by the rule and fails here.
     */
    @Test
    void everyPayloadThatLeavesOutEmptyPropertiesSaysSoInItsSchema() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gonghui");
        Map<String, JavaClass> bySchemaName = new TreeMap<>();
        main.forEach(javaClass -> javaClass.tryGetAnnotationOfType(Schema.class)
                .filter(schema -> !schema.name().isEmpty()).ifPresent(schema -> bySchemaName.put(schema.name(), javaClass)));

        Set<String> conditional = new TreeSet<>();
        List<String> unsupported = new ArrayList<>();
        for (JavaClass javaClass : main) {
            Optional<String> schemaName = schemaName(javaClass, bySchemaName);
            if (schemaName.isEmpty() || schemas.path(schemaName.get()).isMissingNode()) {
                continue;
            }
            if (javaClass.tryGetAnnotationOfType(JsonInclude.class).filter(include -> !ALWAYS.contains(include.value()))
                    .isPresent()) {
                conditional.add(schemaName.get());
            }
            javaClass.getFields().stream().filter(field -> field.tryGetAnnotationOfType(JsonInclude.class)
                            .filter(include -> !ALWAYS.contains(include.value())).isPresent())
                    .forEach(field -> unsupported.add(javaClass.getName() + "." + field.getName()));
        }
        Set<String> marked = new TreeSet<>();
        schemas.properties().forEach(schema -> {
            if (schema.getValue().has(ResponseProperties.WHEN_SET)) {
                marked.add(schema.getKey());
            }
        });

        assertThat(conditional).as("the payloads Jackson writes only in part").contains("Problem", "OAuthError");
        assertThat(marked).as("schemas marked " + ResponseProperties.WHEN_SET).isEqualTo(conditional);
        assertThat(unsupported).as("a property written only when set, in a payload of the contract").isEmpty();
    }

    private static Optional<String> schemaName(JavaClass javaClass, Map<String, JavaClass> bySchemaName) {
        Optional<String> named = javaClass.tryGetAnnotationOfType(Schema.class).map(Schema::name).filter(name -> !name.isEmpty());
        if (named.isPresent()) {
            return named;
        }
        // SmallRye names an unnamed class by its simple name, unless another class took that name
        String simple = javaClass.getSimpleName();
        return bySchemaName.containsKey(simple) ? Optional.empty() : Optional.of(simple);
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode contract() {
        try {
            return new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
