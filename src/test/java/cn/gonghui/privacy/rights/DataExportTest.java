package cn.gonghui.privacy.rights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import cn.gonghui.testing.TestServices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A member downloads everything held about them, decrypted, once in a while, and the look is audited. */
@QuarkusTest
class DataExportTest {

    private static final String EXPORT = "/api/v1/me/data-export";

    @Inject
    TestAccounts accounts;

    @Inject
    TestServices services;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void theExportHoldsEverythingDecryptedAndIsAudited() {
        MemberWithRecords zhou = MemberWithRecords.make(accounts, services);

        JsonPath export = given().auth().oauth2(zhou.member().accessToken()).when().get(EXPORT)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("profile.id", equalTo(zhou.memberId().toString()))
                .body("profile.nickname", equalTo("老周"))
                .body("profile.street.code", equalTo("desheng"))
                .body("profile.realName", equalTo("周建国"))
                .body("profile.idNumber", equalTo(zhou.idNumber()))
                .body("profile.phone", equalTo(MemberWithRecords.PHONE))
                .body("consents.purpose", hasItems("membership", "hardship"))
                .body("consents.policyVersion", hasItem("2026-11"))
                .body("applications", hasSize(2))
                .body("attachments", hasSize(1))
                .body("attachments[0].filename", equalTo("labour-contract.pdf"))
                .body("membership.status", equalTo("active"))
                .body("membership.history[0].event", equalTo("joined"))
                .extract().jsonPath();

        String hardship = "applications.find { it.application.summary.id == '" + zhou.hardshipId() + "' }";
        assertThat(export.getString(hardship + ".application.form.situation")).isEqualTo("妻子住院，收入减少");
        assertThat(export.getString(hardship + ".application.form.monthlyIncome")).isEqualTo("1200.00");
        assertThat(export.getList(hardship + ".application.attachments.id")).containsExactly(zhou.attachmentId());
        String join = "applications.find { it.application.summary.id == '" + zhou.joinId() + "' }";
        assertThat(export.getList(join + ".application.history.action", String.class))
                .contains("submit", "record-visit", "approve", "complete", "evaluate");
        assertThat(export.getList(join + ".appointments.status", String.class)).containsExactly("fulfilled");
        assertThat(export.getInt(join + ".application.evaluation.rating")).isEqualTo(5);
        assertThat(export.getString(join + ".application.evaluation.comment")).isEqualTo("周师傅说办得很快");
        assertThat(export.getList("messages.event", String.class)).contains("submitted", "approved", "completed");

        assertThat(auditEvents(zhou)).containsExactly("member");
    }

    @Test
    void oneExportPerMemberInTheIntervalThenAgain() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).when().get(EXPORT).then().statusCode(200);
        Response refused = given().auth().oauth2(member.accessToken()).when().get(EXPORT);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("EXPORT_RATE_LIMITED"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(590L, 600L);

        try {
            clock.advance(Duration.ofMinutes(10));
            given().auth().oauth2(member.accessToken()).when().get(EXPORT).then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void twoExportsAtOnceMakeOne() throws Exception {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(member.accessToken()).when().get(EXPORT)
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 429);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The actor kind of every data_export event about the member. */
    @SuppressWarnings("unchecked")
    private List<Object> auditEvents(MemberWithRecords who) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT actor_kind FROM audit_events
                         WHERE action = 'data_export' AND object_type = 'member' AND object_id = :member""")
                .setParameter("member", who.memberId().toString()).getResultList());
    }
}
