package cn.gonghui.mutualaid;

import static cn.gonghui.mutualaid.MutualAidFixtures.activeMember;
import static cn.gonghui.mutualaid.MutualAidFixtures.claimView;
import static cn.gonghui.mutualaid.MutualAidFixtures.enroll;
import static cn.gonghui.mutualaid.MutualAidFixtures.fileClaim;
import static cn.gonghui.mutualaid.MutualAidFixtures.planInForce;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * A member's own claim on the engine: enrolled by her street's union, she files a claim for a stay,
 * the street checks the invoices with the computation, approves, and the benefit is scheduled to her
 * active card as a disbursement, whose report completes the claim; what is left of her year's cap
 * shows in /me/mutual-aid.
 */
@QuarkusTest
class MutualAidClaimJourneyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures cards;

    @Inject
    EntityManager entityManager;

    @Test
    void aMemberFiledClaimIsCheckedApprovedAndPaidToHerActiveCard() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String plan = planInForce(district);
        TestAccounts.SignedIn worker = activeMember(cards, "desheng");
        MutualAidFixtures.withActiveCard(worker, desheng, bank);

        // the street's union enrolls her, once a year
        enroll(desheng, plan, worker.memberId()).then().statusCode(200)
                .body("enrolled", hasSize(1)).body("enrolled[0].channel", equalTo("union"))
                .body("enrolled[0].feeStatus", equalTo("paid")).body("refused", hasSize(0));
        enroll(desheng, plan, worker.memberId()).then().statusCode(200)
                .body("enrolled", hasSize(0)).body("refused[0].code", equalTo("ALREADY_ENROLLED"));

        // a stay in a tertiary hospital, ¥5,000 paid herself: (5000 − 1000) × 0.60 = 2400.00
        String claim = fileClaim(worker, "5000.00").then().statusCode(201)
                .body("summary.serviceCode", equalTo("mutual-aid.claim"))
                .body("result.planCode", equalTo(plan)).body("result.planVersion", equalTo(1))
                .body("result.outcome", equalTo("payable"))
                .extract().path("summary.id");

        // the officer sees the stay and how the amount came about, and the look is audited
        claimView(desheng, claim).then().statusCode(200)
                .body("stay.hospitalName", equalTo("北京大学人民医院"))
                .body("computation.amount", equalTo("2400.00")).body("computation.deductible", equalTo("1000.00"))
                .body("computation.rate", equalTo("0.60")).body("computation.remainingCap", equalTo("20000.00"))
                .body("state", equalTo("open"));
        assertThat(auditedLooks(claim)).isEqualTo(1);

        TestApplications.act(desheng, claim, "accept", "{}").then().statusCode(200);
        String disbursement = TestApplications.act(desheng, claim, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"))
                .body("result.disbursementId", notNullValue())
                .extract().path("result.disbursementId");

        // one disbursement mechanism: the officers' list of payments holds it, to her active card
        String card = CardFixtures.cardOf(worker).getString("id");
        given().auth().oauth2(desheng).queryParam("programme", "mutual-aid.claim")
                .when().get("/api/v1/admin/disbursements").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(disbursement));
        String etag = given().auth().oauth2(desheng).when().get("/api/v1/admin/disbursements/" + disbursement)
                .then().statusCode(200)
                .body("programme", equalTo("mutual-aid.claim")).body("amount", equalTo("2400.00"))
                .body("payeeCardId", equalTo(card)).body("status", equalTo("scheduled"))
                .extract().header("ETag");
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\": \"paid\", \"reference\": \"BOC20270101000001\"}")
                .when().post("/api/v1/admin/disbursements/" + disbursement + "/status").then().statusCode(200);

        // the payment's report completes the claim; the member sees it and what is left of the cap
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/applications/" + claim).then().statusCode(200)
                .body("summary.status", equalTo("completed"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/mutual-aid").then().statusCode(200)
                .body("enrollments[0].enrollment.planCode", equalTo(plan))
                .body("enrollments[0].claimed", equalTo("2400.00"))
                .body("enrollments[0].remaining", equalTo("17600.00"))
                .body("enrollments[0].claims[0].approvedAmount", equalTo("2400.00"))
                .body("enrollments[0].claims[0].state", equalTo("approved"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/disbursements").then().statusCode(200)
                .body("items.find { it.programme == 'mutual-aid.claim' }.amount", equalTo("2400.00"));

        // the same stay cannot be claimed twice
        fileClaim(worker, "5000.00").then().statusCode(409).body("code", equalTo("MUTUAL_AID_CLAIM_EXISTS"));
    }

    @Test
    void anotherStreetsOfficerFindsNoClaimAndAStreetOfficerCannotApproveAboveTheThreshold() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String plan = planInForce(district);
        TestAccounts.SignedIn worker = activeMember(cards, "desheng");
        enroll(desheng, plan, worker.memberId()).then().statusCode(200).body("enrolled", hasSize(1));

        // (10000 − 1000) × 0.60 = 5400.00, above the street's ¥5,000
        String claim = fileClaim(worker, "10000.00").then().statusCode(201).extract().path("summary.id");

        claimView(jinrongjie, claim).then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        given().auth().oauth2(jinrongjie).when().get("/api/v1/admin/applications/" + claim).then().statusCode(404);

        TestApplications.act(desheng, claim, "accept", "{}").then().statusCode(200);
        // no active card yet: approving is not offered, and refused
        TestApplications.act(desheng, claim, "approve", "{}").then().statusCode(409)
                .body("code", equalTo("ACTIVE_CARD_REQUIRED"));
        MutualAidFixtures.withActiveCard(worker, desheng, bank);
        TestApplications.act(desheng, claim, "approve", "{}").then().statusCode(403)
                .body("code", equalTo("DISTRICT_APPROVAL_REQUIRED"));
        TestApplications.act(district, claim, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"));
        given().auth().oauth2(district).queryParam("reason", "区级审批复核").queryParam("plaintext", true)
                .when().get("/api/v1/admin/mutual-aid/claims/" + claim).then().statusCode(200)
                .body("approvedAmount", equalTo("5400.00")).body("state", equalTo("approved"));
    }

    @Test
    void aRejectionNamesItsReasonAsACodeAndAMemberNotEnrolledCannotClaim() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String plan = planInForce(district);
        TestAccounts.SignedIn notEnrolled = activeMember(cards, "desheng");
        fileClaim(notEnrolled, "5000.00").then().statusCode(422).body("code", equalTo("NOT_ENROLLED"));

        TestAccounts.SignedIn worker = activeMember(cards, "desheng");
        enroll(desheng, plan, worker.memberId()).then().statusCode(200);
        String claim = fileClaim(worker, "900.00").then().statusCode(201)
                .body("result.outcome", equalTo("below_deductible")).extract().path("summary.id");
        TestApplications.act(desheng, claim, "reject", "{\"reason\": \"自付未超过起付线\"}").then().statusCode(422)
                .body("code", equalTo("MUTUAL_AID_RESULT_INVALID")).body("errors[0].field", equalTo("result"));
        TestApplications.act(desheng, claim, "reject",
                        "{\"reason\": \"自付未超过起付线\", \"result\": {\"reasonCode\": \"below_deductible\"}}")
                .then().statusCode(200).body("summary.status", equalTo("rejected"))
                .body("result.reasonCode", equalTo("below_deductible"));

        // a claim without invoices is refused field by field
        TestApplications.apply(worker, MutualAidFixtures.claimBody(MutualAidFixtures.today().minusDays(3),
                        MutualAidFixtures.today().minusDays(4), "5000.00", null)).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("form.dischargedOn", "form.invoices"));
    }

    private long auditedLooks(String claim) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM audit_events WHERE action = 'mutual_aid.claim_viewed' AND object_id = :id")
                .setParameter("id", claim).getSingleResult()).longValue());
    }
}
