package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue serves the hardship file and its programmes, each with its form and schema. */
@QuarkusTest
class HardshipCatalogueTest {

    @Inject
    HardshipSettings settings;

    @Test
    void theFileAndItsProgrammesAreInTheCatalogueWithDistrictReview() {
        given().queryParam("limit", 100).when().get("/api/v1/services").then().statusCode(200)
                .body("items.code", hasItems("hardship.file", "hardship.living-subsidy", "hardship.education-aid",
                        "hardship.medical-aid"))
                .body("items.find { it.code == 'hardship.file' }.usesAppointment", equalTo(true))
                .body("items.find { it.code == 'hardship.file' }.usesDistrictReview", equalTo(true))
                .body("items.find { it.code == 'hardship.medical-aid' }.usesAppointment", equalTo(false))
                .body("items.find { it.code == 'hardship.medical-aid' }.usesDistrictReview", equalTo(true));
    }

    @Test
    void everySchoolLevelTheFormOffersHasAnEducationAidAmount() {
        List<String> levels = given().when().get("/api/v1/services/hardship.file").then().statusCode(200).extract()
                .path("form.attributes.find { it.code == 'household' }.items.find { it.code == 'schoolLevel' }.values.code");
        assertThat(levels).isNotEmpty();
        assertThat(settings.educationAid()).containsKeys(levels.toArray(String[]::new));
    }

    @Test
    void aLivingLineIsInForceWhereverTheServiceRuns() {
        assertThatThrownBy(() -> settings.lineOn(LocalDate.of(2020, 1, 1))).isInstanceOf(IllegalStateException.class);
        assertThat(settings.lineOn(LocalDate.of(2025, 7, 1)).monthly()).isEqualByComparingTo("1450.00");
    }

    @Test
    void theHouseholdIsAListOfMembersInTheFormAndItsSchema() {
        given().when().get("/api/v1/services/hardship.file").then().statusCode(200)
                .body("form.attributes.code", equalTo(List.of("household", "annualUnavoidableCosts", "causes", "situation",
                        "documents")))
                .body("form.attributes[0].datatype", equalTo("list"))
                .body("form.attributes[0].sensitive", equalTo(true))
                .body("form.attributes[0].items.code", equalTo(List.of("relation", "age", "status", "schoolLevel",
                        "monthlyIncome")));
        given().when().get("/api/v1/services/hardship.file/form-schema").then().statusCode(200)
                .body("properties.household.type", equalTo("array"))
                .body("properties.household.items.type", equalTo("object"))
                .body("properties.household.items.required", equalTo(List.of("relation", "age", "status", "monthlyIncome")))
                .body("properties.household.items.properties.schoolLevel.enum",
                        hasItems("primary", "junior", "senior_high", "vocational", "university"));
        for (String programme : List.of("hardship.living-subsidy", "hardship.education-aid", "hardship.medical-aid")) {
            given().when().get("/api/v1/services/" + programme + "/form-schema").then().statusCode(200)
                    .body("type", equalTo("object"));
        }
        given().when().get("/api/v1/services/hardship.medical-aid/form-schema").then()
                .body("required", equalTo(List.of("amountRequested", "bills")));
    }
}
