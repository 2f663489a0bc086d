package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.disbursement.Disbursement;
import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A worker with a file, offers and a subsidy asks to be erased: the offers go, the file keeps its
 * class and dates but not the household, and the fund keeps its disbursements without the payee.
 */
@QuarkusTest
class HardshipErasureTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ErasureJob erasure;

    @Inject
    EntityManager entityManager;

    @Test
    void theFundKeepsItsRecordsAndNothingNamesTheWorker() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        HardshipFixtures.approvedFile(worker, deshengOfficer, districtOfficer);
        String id = HardshipFixtures.applyOffer(worker, HardshipFixtures.offerOf(worker, "hardship.living-subsidy"),
                UUID.randomUUID().toString(), "{}").then().statusCode(201).extract().path("summary.id");
        HardshipFixtures.approveProgramme(deshengOfficer, districtOfficer, id, "{}").then().statusCode(200);
        UUID fileId = QuarkusTransaction.requiringNew().call(() -> HardshipFile.activeOf(worker.memberId()).orElseThrow().id);

        given().auth().oauth2(worker.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(HardshipOffer.count("memberId", worker.memberId())).isZero();
            HardshipFile file = HardshipFile.findById(fileId);
            assertThat(file.householdCipher).isNull();
            assertThat(file.status.code()).isEqualTo("expired");
            assertThat(file.classification).isEqualTo("deep");
            List<Disbursement> kept = Disbursement.list("sourceId", fileId);
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).memberId).isNull();
            assertThat(kept.get(0).amount).isEqualByComparingTo(new BigDecimal("200.00"));
            assertThat(((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM hardship_grants WHERE file_id = :file AND status = 'active'")
                    .setParameter("file", fileId).getSingleResult()).intValue()).isZero();
        });
    }
}
