package cn.gonghui.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The catalogue shows what can be applied for, each form as attributes and as a JSON Schema. */
@QuarkusTest
class CatalogueTest {

    @Inject
    Catalogue catalogue;

    @Test
    void theMembershipLinesAreInTheCatalogue() {
        given().when().get("/api/v1/services").then().statusCode(200)
                .body("items.code", hasItems("membership.join", "membership.transfer"))
                .body("items.find { it.code == 'membership.join' }.name", equalTo("申请入会"))
                .body("items.find { it.code == 'membership.join' }.usesAppointment", equalTo(true));
    }

    @Test
    void aServiceShowsItsFormDocumentsAndHandlingTime() {
        given().when().get("/api/v1/services/membership.join").then().statusCode(200)
                .body("service.handlingDays", equalTo(10))
                .body("documents.name", hasItems("居民身份证原件"))
                .body("form.version", equalTo(1))
                .body("form.attributes.code", equalTo(java.util.List.of("employerName", "creditCode", "employerUnion",
                        "occupation")))
                .body("form.attributes.find { it.code == 'occupation' }.values.code", hasItems("courier",
                        "food_delivery_rider", "ride_hailing_driver", "truck_driver", "domestic_worker", "other"));
        given().header("Accept-Language", "en").when().get("/api/v1/services/membership.join").then()
                .body("service.name", equalTo("Join the union"))
                .body("form.attributes.find { it.code == 'occupation' }.values.find { it.code == 'courier' }.label",
                        equalTo("Courier"));
    }

    @Test
    void eachFormIsAlsoAJsonSchema() {
        given().when().get("/api/v1/services/membership.join/form-schema").then().statusCode(200)
                .contentType("application/schema+json")
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("type", equalTo("object"))
                .body("additionalProperties", equalTo(false))
                .body("properties.creditCode.maxLength", equalTo(18))
                .body("properties.occupation.enum", hasItems("courier", "other"));
        given().when().get("/api/v1/services/membership.transfer/form-schema").then()
                .body("required", equalTo(java.util.List.of("reason")));
    }

    @Test
    void anUnknownServiceIs404() {
        given().when().get("/api/v1/services/legal.nothing").then().statusCode(404)
                .body("code", equalTo("SERVICE_NOT_FOUND"));
    }

    @Test
    @TestTransaction
    void theContractsBaselineIsWhatTheMigrationsSeed() {
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            Service seeded = catalogue.service(baseline.code()).orElseThrow();
            assertThat(seeded.currentFormVersion()).isEqualTo(baseline.form().version());
            assertThat(catalogue.currentForm(seeded)).isEqualTo(baseline.form());
            assertThat(seeded.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo(baseline.name().zh());
        }
    }
}
