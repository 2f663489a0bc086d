package cn.gonghui.mutualaid;

import static cn.gonghui.mutualaid.MutualAidFixtures.claimBody;
import static cn.gonghui.mutualaid.MutualAidFixtures.enroll;
import static cn.gonghui.mutualaid.MutualAidFixtures.invoice;
import static cn.gonghui.mutualaid.MutualAidFixtures.planInForce;
import static cn.gonghui.mutualaid.MutualAidFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 免申即享 from the medical insurance: settlements are handled once per id, an enrolled member who
 * consented is paid within the auto-pay limit without applying, a larger claim (or one of a member
 * without that consent) waits for the officer, a member not enrolled is answered not_enrolled, and a settlement racing the member's own
 * claim of the stay makes one claim.
 */
@QuarkusTest
class MutualAidSettlementTest {

    private static final String SETTLEMENTS = "/api/v1/integrations/mutual-aid/settlements";

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager entityManager;

    private String insurance;
    private String district;
    private String desheng;
    private String plan;

    /** A member of 德胜 with this ID number, her membership active. */
    private record Insured(TestAccounts.SignedIn member, String idNumber) {
    }

    @BeforeEach
    void setUp() {
        insurance = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.MUTUAL_AID_SETTLEMENTS));
        district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        plan = planInForce(district);
    }

    @Test
    void aRepeatedSettlementAnswersTheFirstOutcomeAndAnotherBodyUnderItsIdIsAConflict() {
        Insured insured = enrolledMember(true);
        String body = settlement("YB-" + UUID.randomUUID(), insured.idNumber(), today(), "9000.00");

        String claim = report(insurance, body).then().statusCode(200)
                .body("outcome", equalTo("claim_filed")).extract().path("applicationId");
        report(insurance, body).then().statusCode(200)
                .body("outcome", equalTo("claim_filed")).body("applicationId", equalTo(claim));
        report(insurance, body.replace("9000.00", "9100.00")).then().statusCode(409)
                .body("code", equalTo("SETTLEMENT_CONFLICT"));

        assertThat(claimsOf(insured)).isEqualTo(1);
        // above the auto-pay limit ((9000 − 1000) × 0.60 = 4800): the claim waits for the street
        given().auth().oauth2(desheng).when().get("/api/v1/admin/applications/" + claim).then().statusCode(200)
                .body("summary.status", equalTo("submitted"));
        MutualAidFixtures.claimView(desheng, claim).then().statusCode(200)
                .body("fromSettlement", equalTo(true)).body("computation.amount", equalTo("4800.00"));
    }

    @Test
    void withinTheAutoPayLimitTheMemberIsPaidToHerCardWithoutApplyingAndTold() {
        Insured insured = enrolledMember(true);
        MutualAidFixtures.withActiveCard(insured.member(), desheng,
                TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE)));

        // (4000 − 1000) × 0.60 = 1800.00, within ¥3,000
        String claim = report(insurance, settlement("YB-" + UUID.randomUUID(), insured.idNumber(), today(), "4000.00"))
                .then().statusCode(200).body("outcome", equalTo("auto_paid")).extract().path("applicationId");

        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/applications/" + claim)
                .then().statusCode(200).body("summary.status", equalTo("approved"));
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/me/disbursements")
                .then().statusCode(200)
                .body("items.find { it.applicationId == '" + claim + "' }.amount", equalTo("1800.00"));
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/me/messages")
                .then().statusCode(200)
                .body("items.find { it.event == 'mutual_aid_auto_paid' }.title", equalTo("免申即享：住院互助金已批准"));
    }

    @Test
    void aSettlementOfAMemberNotEnrolledIsKeptForNothing() {
        TestAccounts.SignedIn stranger = TestAccounts.newMemberOf("desheng");
        String idNumber = identify(stranger);
        report(insurance, settlement("YB-" + UUID.randomUUID(), idNumber, today(), "4000.00"))
                .then().statusCode(200).body("outcome", equalTo("not_enrolled")).body("applicationId", nullValue());
        report(insurance, settlement("YB-" + UUID.randomUUID(), randomIdNumber(), today(), "4000.00"))
                .then().statusCode(200).body("outcome", equalTo("not_enrolled"));

        // only the settlement system's scope reaches the endpoint
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        report(bank, settlement("YB-" + UUID.randomUUID(), idNumber, today(), "4000.00")).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post(SETTLEMENTS).then().statusCode(401);
        report(insurance, settlement("YB-" + UUID.randomUUID(), "110101900101123", today(), "4000.00"))
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
    }

    @Test
    void withoutHerConsentTheServiceStillOpensTheClaimButOnlyTheStreetApprovesIt() {
        Insured insured = enrolledMember(false);
        MutualAidFixtures.withActiveCard(insured.member(), desheng,
                TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE)));
        // (4000 − 1000) × 0.60 = 1800.00: within the auto-pay limit, to an active card, yet no consent
        String body = settlement("YB-" + UUID.randomUUID(), insured.idNumber(), today(), "4000.00");

        String claim = report(insurance, body).then().statusCode(200)
                .body("outcome", equalTo("claim_filed")).extract().path("applicationId");
        report(insurance, body).then().statusCode(200)
                .body("outcome", equalTo("claim_filed")).body("applicationId", equalTo(claim));

        assertThat(claimsOf(insured)).isEqualTo(1);
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/applications/" + claim)
                .then().statusCode(200).body("summary.status", equalTo("submitted"));
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/me/disbursements")
                .then().statusCode(200).body("items.findAll { it.applicationId == '" + claim + "' }.size()", equalTo(0));
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/me/messages")
                .then().statusCode(200)
                .body("items.find { it.event == 'mutual_aid_claim_opened' }.title", equalTo("住院互助金：已为您建立理赔"));
        MutualAidFixtures.claimView(desheng, claim).then().statusCode(200)
                .body("fromSettlement", equalTo(true)).body("computation.amount", equalTo("1800.00"));

        // the street reviews it like a filed claim and pays it
        TestApplications.act(desheng, claim, "accept", "{}").then().statusCode(200);
        TestApplications.act(desheng, claim, "approve", "{}").then().statusCode(200);
        given().auth().oauth2(insured.member().accessToken()).when().get("/api/v1/me/disbursements")
                .then().statusCode(200)
                .body("items.find { it.applicationId == '" + claim + "' }.amount", equalTo("1800.00"));
    }

    @Test
    void aSettlementRacingTheMembersOwnClaimOfTheStayMakesOneClaim() throws Exception {
        for (int round = 0; round < 3; round++) {
            Insured insured = enrolledMember(true);
            String invoice = invoice(insured.member());
            LocalDate admitted = today().minusDays(0);
            String own = claimBody(admitted, admitted, "9000.00", invoice);
            String settlement = settlement("YB-" + UUID.randomUUID(), insured.idNumber(), admitted, "9000.00");

            List<Response> answers = AtOnce.run(
                    () -> TestApplications.apply(insured.member(), own),
                    () -> report(insurance, settlement));

            int ownStatus = answers.get(0).statusCode();
            String outcome = answers.get(1).then().statusCode(200).extract().path("outcome");
            assertThat(claimsOf(insured)).as("one claim of the stay").isEqualTo(1);
            if (ownStatus == 201) {
                assertThat(outcome).isEqualTo("claim_exists");
                assertThat(answers.get(1).jsonPath().getString("applicationId"))
                        .isEqualTo(answers.get(0).jsonPath().getString("summary.id"));
            } else {
                assertThat(ownStatus).isEqualTo(409);
                assertThat(answers.get(0).jsonPath().getString("code")).isEqualTo("MUTUAL_AID_CLAIM_EXISTS");
                assertThat(outcome).isEqualTo("claim_filed");
            }
        }
    }

    private Insured enrolledMember(boolean consenting) {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        String idNumber = identify(member);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at,
                                                 updated_at, version)
                        SELECT :id, :member, :number, 'active', name || '街道联合工会', id, :since, :now, :now, 0
                          FROM streets WHERE code = 'desheng'""")
                .setParameter("id", Ids.newId()).setParameter("member", member.memberId())
                .setParameter("number", "XC" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)))
                .setParameter("since", LocalDate.of(2025, 3, 1)).setParameter("now", TestClock.current())
                .executeUpdate());
        TestApplications.consent(member, "card");
        if (consenting) {
            TestApplications.consent(member, "mutual-aid");
        }
        enroll(desheng, plan, member.memberId()).then().statusCode(200).body("enrolled.size()", equalTo(1));
        return new Insured(member, idNumber);
    }

    private static String identify(TestAccounts.SignedIn member) {
        String idNumber = randomIdNumber();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"参保人\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        TestApplications.consent(member, "membership");
        return idNumber;
    }

    private static String randomIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(10_000));
        return IdNumbers.withCheck("110102" + born.toString().replace("-", "") + (100 + random.nextInt(900)));
    }

    private static String settlement(String id, String idNumber, LocalDate admitted, String selfPaid) {
        return """
                {"settlementId": "%s", "idNumber": "%s", "admittedOn": "%s", "dischargedOn": "%s",
                 "hospitalName": "北京大学人民医院", "hospitalLevel": "tertiary", "totalCost": "20000.00",
                 "insurancePaid": "8000.00", "selfPaid": "%s"}""".formatted(id, idNumber, admitted, admitted, selfPaid);
    }

    private static Response report(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(SETTLEMENTS);
    }

    private long claimsOf(Insured insured) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM mutual_aid_claims WHERE member_id = :member AND state <> 'closed'")
                .setParameter("member", insured.member().memberId()).getSingleResult()).longValue());
    }
}
