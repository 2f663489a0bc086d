package cn.gonghui.legalaid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue serves legal aid's form in both languages and as a JSON Schema. */
@QuarkusTest
class LegalAidCatalogueTest {

    @Test
    void legalAidIsInTheCatalogueWithItsOfflineStep() {
        given().when().get("/api/v1/services").then().statusCode(200)
                .body("items.find { it.code == 'legal-aid' }.name", equalTo("法律援助"))
                .body("items.find { it.code == 'legal-aid' }.purpose", equalTo("legal-aid"))
                .body("items.find { it.code == 'legal-aid' }.usesAppointment", equalTo(true))
                .body("items.find { it.code == 'legal-aid' }.usesDistrictReview", equalTo(false))
                .body("items.find { it.code == 'legal-aid' }.offlinePlace", equalTo("street_station"));
    }

    @Test
    void theFormMarksTheHouseholdSensitiveAndSpeaksEnglishOnRequest() {
        given().when().get("/api/v1/services/legal-aid").then().statusCode(200)
                .body("service.handlingDays", equalTo(15))
                .body("documents.name", hasItems("居民身份证原件"))
                .body("form.attributes.findAll { it.sensitive }.code",
                        equalTo(List.of("householdMonthlyIncome", "householdSize")))
                .body("form.attributes.find { it.code == 'disputeType' }.values.code", equalTo(List.of("wage_arrears",
                        "dismissal", "labour_contract", "work_injury", "social_insurance", "other")))
                .body("form.attributes.find { it.code == 'evidence' }.maxItems", equalTo(10));
        given().header("Accept-Language", "en").when().get("/api/v1/services/legal-aid").then().statusCode(200)
                .body("service.name", equalTo("Legal aid"))
                .body("form.attributes.find { it.code == 'migrantWorker' }.label", equalTo("Migrant worker"));
    }

    @Test
    void theFormIsAlsoAJsonSchema() {
        given().when().get("/api/v1/services/legal-aid/form-schema").then().statusCode(200)
                .contentType("application/schema+json")
                .body("additionalProperties", equalTo(false))
                .body("required", equalTo(List.of("disputeType", "employerName", "amountInDispute", "whatHappened",
                        "whatIsWanted", "migrantWorker")))
                .body("properties.householdSize.maximum", equalTo(20))
                .body("properties.evidence.maxItems", equalTo(10));
    }
}
