package cn.gonghui.mutualaid;

import static cn.gonghui.mutualaid.MutualAidFixtures.activeMember;
import static cn.gonghui.mutualaid.MutualAidFixtures.enroll;
import static cn.gonghui.mutualaid.MutualAidFixtures.fileClaim;
import static cn.gonghui.mutualaid.MutualAidFixtures.planInForce;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim's hospital, dates and amounts are health information: encrypted at rest, masked for the
 * district's officers outside the claim's street (plain only asked for, with a reason on record), in
 * the member's export in plain, and gone with her erasure, while the fund keeps the payment and the
 * amount approved without her name.
 */
@QuarkusTest
class MutualAidPrivacyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures cards;

    @Inject
    ErasureJob erasure;

    @Inject
    EntityManager entityManager;

    @Test
    void theDistrictsOfficerSeesTheStayMaskedAndPlainOnlyWithAReasonOnRecordWhileAnotherStreetFindsNothing() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String plan = planInForce(district);
        TestAccounts.SignedIn worker = activeMember(cards, "desheng");
        enroll(desheng, plan, worker.memberId()).then().statusCode(200);
        String claim = fileClaim(worker, "5000.00").then().statusCode(201).extract().path("summary.id");
        String admitted = MutualAidFixtures.today().toString();

        // 西城's district officer reaches 德胜's claim, but not as its street does: the health data masked
        look(district, claim, "区级督办抽查", null).then().statusCode(200)
                .body("masked", equalTo(true))
                .body("stay.hospitalName", equalTo("北*******"))
                .body("stay.admittedOn", equalTo(admitted.substring(0, 8) + "**"))
                .body("stay.selfPaid", equalTo("****.**"))
                .body("computation.amount", equalTo("****.**")).body("computation.selfPaid", equalTo("****.**"))
                .body("computation.outcome", equalTo("payable"));
        assertThat(plainLooks(claim, "区级督办抽查")).as("a masked look shows nothing to audit").isZero();

        // plain only when she asks for it, with her reason on record
        look(district, claim, "区级审批核对金额", true).then().statusCode(200)
                .body("masked", equalTo(false))
                .body("stay.hospitalName", equalTo("北京大学人民医院"))
                .body("stay.admittedOn", equalTo(admitted))
                .body("computation.amount", equalTo("2400.00"));
        assertThat(plainLooks(claim, "区级审批核对金额")).isEqualTo(1);
        look(district, claim, null, true).then().statusCode(400);

        // the claim's own street sees it plain, audited, as before
        look(desheng, claim, "核对住院发票", null).then().statusCode(200)
                .body("masked", equalTo(false)).body("stay.hospitalName", equalTo("北京大学人民医院"));
        assertThat(plainLooks(claim, "核对住院发票")).isEqualTo(1);

        // another street's officer finds no claim, masked or plain
        look(jinrongjie, claim, "核对住院发票", null).then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        look(jinrongjie, claim, "核对住院发票", true).then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
    }

    private static io.restassured.response.Response look(String officer, String claim, String reason, Boolean plaintext) {
        var request = given().auth().oauth2(officer);
        if (reason != null) {
            request.queryParam("reason", reason);
        }
        if (plaintext != null) {
            request.queryParam("plaintext", plaintext);
        }
        return request.when().get("/api/v1/admin/mutual-aid/claims/" + claim);
    }

    /** The plain looks at the claim's stay recorded with this reason. */
    private long plainLooks(String claim, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM audit_events WHERE action = 'application.sensitive_view'
                           AND object_id = :id AND details ->> 'reason' = :reason""")
                .setParameter("id", claim).setParameter("reason", reason).getSingleResult()).longValue());
    }

    @Test
    void theStayIsEncryptedExportedAndErasedWhileThePaymentStaysWithoutHerName() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String plan = planInForce(district);
        TestAccounts.SignedIn worker = activeMember(cards, "desheng");
        MutualAidFixtures.withActiveCard(worker, desheng,
                TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE)));
        enroll(desheng, plan, worker.memberId()).then().statusCode(200);
        String claim = fileClaim(worker, "5000.00").then().statusCode(201).extract().path("summary.id");
        TestApplications.act(desheng, claim, "accept", "{}").then().statusCode(200);
        TestApplications.act(desheng, claim, "approve", "{}").then().statusCode(200);
        UUID id = UUID.fromString(claim);

        // at rest: neither the hospital nor the amounts in plain
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                        SELECT a.form::text || coalesce(a.form_sensitive, '') || c.computation_cipher || c.approved_cipher
                          FROM applications a JOIN mutual_aid_claims c ON c.application_id = a.id WHERE a.id = :id""")
                .setParameter("id", id).getSingleResult());
        assertThat(stored).doesNotContain("人民医院", "5000.00", "2400.00");

        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/data-export").then().statusCode(200)
                .body("mutualAid.enrollments[0].enrollment.planCode", equalTo(plan))
                .body("mutualAid.enrollments[0].claims[0].approvedAmount", equalTo("2400.00"))
                .body("mutualAid.enrollments[0].claims[0].computation.selfPaid", equalTo("5000.00"))
                .body("applications.find { it.application.summary.id == '" + claim + "' }.application.form.hospitalName",
                        equalTo("北京大学人民医院"));

        given().auth().oauth2(worker.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();

        QuarkusTransaction.requiringNew().run(() -> {
            Object[] kept = (Object[]) entityManager.createNativeQuery("""
                            SELECT c.member_id, c.computation_cipher, c.approved_cipher, d.member_id, d.payee_card_id, d.amount,
                                   (SELECT count(*) FROM mutual_aid_enrollments WHERE member_id = :member)
                              FROM mutual_aid_claims c JOIN disbursements d ON d.application_id = c.application_id
                             WHERE c.application_id = :id""")
                    .setParameter("id", id).setParameter("member", worker.memberId()).getSingleResult();
            assertThat(kept[0]).as("the claim no longer names her").isNull();
            assertThat(kept[1]).as("the computation, repeating her costs, is gone").isNull();
            assertThat(kept[2]).as("the amount approved stays for the fund").isNotNull();
            assertThat(kept[3]).as("the payment no longer names her").isNull();
            assertThat(kept[4]).as("nor her card").isNull();
            assertThat(kept[5].toString()).isEqualTo("2400.00");
            assertThat(((Number) kept[6]).intValue()).as("enrollments no longer name her").isZero();
        });
    }
}
