package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.newPhone;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An imported membership becomes the worker's when they sign in with WeChat and verify the same ID number. */
@QuarkusTest
class RosterClaimTest {

    @Inject
    TestAccounts accounts;

    @Inject
    RosterImportWorker worker;

    @Inject
    EntityManager entityManager;

    @Test
    void theWorkerClaimsTheImportedMembershipByVerifyingTheSameIdNumber() {
        String idNumber = newIdNumber();
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        upload(officer, "desheng", xlsx(List.of(List.of("陈晓华", idNumber, newPhone())))).then().statusCode(202);
        drain();
        UUID imported = memberOf(idNumber);
        String number = membership(imported)[1];

        TestAccounts.SignedIn worker = TestAccounts.newMember();
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"陈晓华\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200).body("identityVerified", equalTo(true))
                .body("phone", org.hamcrest.Matchers.notNullValue());

        assertThat(memberOf(idNumber)).isEqualTo(worker.memberId());
        assertThat(membership(worker.memberId())).containsExactly("active", number);
        assertThat(count("SELECT count(*) FROM members WHERE id = :id", imported)).as("the imported record goes").isZero();
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/membership").then().statusCode(200)
                .body("status", equalTo("active")).body("number", equalTo(number));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'member.claimed' AND object_id = CAST(:id AS text)",
                worker.memberId())).isEqualTo(1L);
    }

    @Test
    void anotherNameForTheImportedIdNumberClaimsNothing() {
        String idNumber = newIdNumber();
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        upload(officer, "desheng", xlsx(List.of(List.of("陈晓华", idNumber)))).then().statusCode(202);
        drain();
        UUID imported = memberOf(idNumber);

        TestAccounts.SignedIn stranger = TestAccounts.newMember();
        given().auth().oauth2(stranger.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"刘明\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(409)
                .body("code", equalTo("IDENTITY_ALREADY_REGISTERED"));

        assertThat(memberOf(idNumber)).isEqualTo(imported);
        assertThat(membership(imported)[0]).isEqualTo("imported");
    }

    @Test
    void aWorkerWhoVerifiedTheIdNumberBeforeTheImportIsAnActiveMemberAtOnce() {
        String idNumber = newIdNumber();
        TestAccounts.SignedIn worker = TestAccounts.newMember();
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"陈晓华\", \"idNumber\": \"" + idNumber + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        String job = upload(officer, "desheng", xlsx(List.of(List.of("陈晓华", idNumber, newPhone()))))
                .then().statusCode(202).extract().path("id");
        drain();

        Rosters.job(officer, job).then().body("rowsCreated", equalTo(1));
        assertThat(memberOf(idNumber)).isEqualTo(worker.memberId());
        assertThat(membership(worker.memberId())[0]).isEqualTo("active");
    }

    private void drain() {
        while (worker.work(Integer.MAX_VALUE)) {
            // every waiting job
        }
    }

    @Inject
    cn.gonghui.privacy.BlindIndex blindIndex;

    private UUID memberOf(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery(
                        "SELECT id FROM members WHERE id_number_index = :index", UUID.class)
                .setParameter("index", blindIndex.of("member.id_number", idNumber)).getSingleResult());
    }

    private String[] membership(UUID memberId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT status, number FROM memberships WHERE member_id = :id")
                .setParameter("id", memberId).getSingleResult());
        return new String[] {(String) row[0], (String) row[1]};
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
