package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.disbursement.Disbursement;
import cn.gonghui.testing.LifecycleProperty;
import cn.gonghui.testing.LifecycleProperty.Step;
import cn.gonghui.testing.LifecycleProperty.Who;
import cn.gonghui.testing.LifecycleSteps;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of what a worker with a hardship file, the street, the district and the fund's
 * officer (paying) do to a medical-aid application (see {@link LifecycleProperty}); the line's own
 * invariant: a payment exists exactly once the district approved, never for more than it approved
 * (itself no more than requested), and the application is completed only once the aid is paid.
 */
@QuarkusTest
class MedicalAidLifecyclePropertyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final BigDecimal REQUESTED = new BigDecimal("3000.00");
    private static final String APPROVAL = "{\"result\": {\"approvedAmount\": \"2400.00\"}}";
    private static final Set<String> DECIDED = Set.of("approved", "completed");

    @Inject
    TestAccounts accounts;

    @Test
    void aMedicalAidApplicationAndItsPaymentNeverDisagree() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        UUID assignee = accounts.officerId(accounts.streetOfficer("desheng"));
        new LifecycleProperty("hardship.medical-aid", () -> new MedicalAid(officer, district, assignee), officer,
                district).check(2_026_120_602L, 4, 16);
    }

    private static final class MedicalAid implements LifecycleProperty.Line {

        private final TestAccounts.SignedIn member = HardshipFixtures.hardshipMember();
        private final String id;
        private final List<Step> steps;

        MedicalAid(String officer, String district, UUID assignee) {
            HardshipFixtures.approvedFile(member, officer, district);
            String bill = given().auth().oauth2(member.accessToken()).multiPart("file", "bill.png", PNG, "image/png")
                    .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
            id = HardshipFixtures.applyOffer(member, HardshipFixtures.offerOf(member, "hardship.medical-aid"),
                            UUID.randomUUID().toString(),
                            "{\"form\": {\"amountRequested\": \"" + REQUESTED + "\", \"bills\": [\"" + bill + "\"]}}")
                    .then().statusCode(201).extract().path("summary.id");
            steps = new ArrayList<>(LifecycleSteps.shared(officer, district,
                    new LifecycleSteps.Bodies(APPROVAL, "{}", assignee)));
            for (String report : List.of("{\"status\": \"paid\", \"reference\": \"MED-1\"}",
                    "{\"status\": \"failed\", \"reason\": \"账户已销户\"}", "{\"status\": \"scheduled\"}")) {
                steps.add(new Step("officer reports the payment " + report, Who.PARTNER, null,
                        line -> payment().map(payment -> report(officer, payment, report)).orElse(null)));
            }
        }

        private java.util.Optional<String> payment() {
            return HardshipFixtures.disbursementsOfMember(member.memberId()).stream()
                    .filter(payment -> payment.applicationId.toString().equals(id))
                    .map(payment -> payment.id.toString()).findFirst();
        }

        private static Response report(String officer, String payment, String body) {
            String etag = given().auth().oauth2(officer).when().get("/api/v1/admin/disbursements/" + payment)
                    .then().statusCode(200).extract().header("ETag");
            return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .when().post("/api/v1/admin/disbursements/" + payment + "/status");
        }

        @Override
        public String applicationId() {
            return id;
        }

        @Override
        public String memberToken() {
            return member.accessToken();
        }

        @Override
        public List<Step> steps() {
            return steps;
        }

        @Override
        public void checkRecords(JsonPath application) {
            String status = application.getString("summary.status");
            List<Disbursement> payments = HardshipFixtures.disbursementsOfMember(member.memberId()).stream()
                    .filter(payment -> payment.applicationId.toString().equals(id)).toList();
            if (!DECIDED.contains(status)) {
                assertThat(payments).as("payments of a %s application", status).isEmpty();
                return;
            }
            BigDecimal approved = new BigDecimal(application.getString("result.approvedAmount"));
            assertThat(approved).isLessThanOrEqualTo(REQUESTED);
            assertThat(payments).as("payments of a %s application", status).hasSize(1);
            assertThat(payments.get(0).amount).isEqualByComparingTo(approved);
            if ("completed".equals(status)) {
                assertThat(payments.get(0).status.code()).as("the payment of a completed application").isEqualTo("paid");
            }
        }
    }
}
