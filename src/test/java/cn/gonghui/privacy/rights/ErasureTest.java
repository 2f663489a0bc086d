package cn.gonghui.privacy.rights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestServices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A member asks to be erased; the job leaves nothing that names them, keeps what statistics and
 * the law need, and the person's next sign-in is a new member.
 */
@QuarkusTest
class ErasureTest {

    private static final String REQUEST = "/api/v1/me/deletion-request";

    @Inject
    TestAccounts accounts;

    @Inject
    TestServices services;

    @Inject
    ErasureJob erasure;

    @Inject
    EntityManager entityManager;

    @Test
    void zhouAsksToBeErasedAndTheJobLeavesNothingThatNamesHim() {
        MemberWithRecords zhou = MemberWithRecords.make(accounts, services);
        String token = zhou.member().accessToken();

        // zhou asks; asking again finds the same request, due within the 30 days promised
        JsonPath asked = given().auth().oauth2(token).when().post(REQUEST).then().statusCode(202)
                .header("Location", endsWith(REQUEST))
                .body("status", equalTo("pending"))
                .extract().jsonPath();
        assertThat(Duration.between(Instant.parse(asked.getString("requestedAt")),
                Instant.parse(asked.getString("dueBy")))).isEqualTo(Duration.ofDays(30));
        given().auth().oauth2(token).when().post(REQUEST).then().statusCode(202)
                .body("id", equalTo(asked.getString("id")));
        given().auth().oauth2(token).when().get(REQUEST).then().statusCode(200).body("status", equalTo("pending"));

        assertThat(erasure.eraseDue()).isPositive();

        // his row says nothing about him any more
        Object[] member = row("""
                SELECT wechat_openid, wechat_unionid, nickname, real_name, id_number_cipher, id_number_index,
                       phone_cipher, phone_index, erased_at, members::text
                  FROM members WHERE id = :id""", zhou.memberId());
        assertThat((String) member[0]).startsWith("erased:").doesNotContain(zhou.loginCode());
        assertThat(Arrays.asList(member).subList(1, 8)).containsOnlyNulls();
        assertThat(member[8]).isNotNull();
        assertThat((String) member[9]).doesNotContain("周", "老", MemberWithRecords.PHONE, zhou.idNumber());

        // his old sessions are over; the same WeChat signs in as a new member
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401)
                .body("code", equalTo("ACCOUNT_DISABLED"));
        given().contentType(ContentType.JSON).body("{\"refreshToken\": \"" + zhou.member().refreshToken() + "\"}")
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + zhou.loginCode() + "\"}")
                .when().post("/api/v1/auth/wechat/session").then().statusCode(200)
                .body("newMember", equalTo(true))
                .body("memberId", not(equalTo(zhou.memberId().toString())));

        // the applications stay for the statistics, without content; the open one was withdrawn
        assertThat(rows("SELECT status, CAST(form AS text), form_sensitive FROM applications "
                + "WHERE member_id = :id ORDER BY submitted_at", zhou.memberId()))
                .extracting(Arrays::asList)
                .containsExactly(Arrays.asList("withdrawn", "{}", null), Arrays.asList("completed", "{}", null));
        assertThat(row("SELECT rating, comment FROM evaluations WHERE member_id = :id", zhou.memberId()))
                .containsExactly((short) 5, null);
        assertThat(count("SELECT count(*) FROM application_events e JOIN applications a ON a.id = e.application_id "
                + "WHERE a.member_id = :id AND e.reason IS NOT NULL", zhou.memberId())).isZero();

        // documents and messages are gone, the file too; consents ended; the membership ended, employer cleared
        assertThat(count("SELECT count(*) FROM attachments WHERE owner_member_id = :id", zhou.memberId())).isZero();
        String key = zhou.attachmentId();
        assertThat(Path.of("target/test-attachments", key.substring(0, 2), key.substring(2, 4), key)).doesNotExist();
        assertThat(count("SELECT count(*) FROM member_messages WHERE member_id = :id", zhou.memberId())).isZero();
        assertThat(count("SELECT count(*) FROM notification_outbox WHERE member_id = :id", zhou.memberId())).isZero();
        assertThat(count("SELECT count(*) FROM consents WHERE member_id = :id AND withdrawn_at IS NULL",
                zhou.memberId())).isZero();
        assertThat(count("SELECT count(*) FROM consents WHERE member_id = :id AND ended_why = 'erased'",
                zhou.memberId())).isEqualTo(2);
        Object[] membership = row("SELECT status, employer_name, credit_code, occupation, number FROM memberships "
                + "WHERE member_id = :id", zhou.memberId());
        assertThat(membership).startsWith("ended", null, null, null);
        assertThat((String) membership[4]).matches("XC\\d{10}");

        // the audit trail keeps the erasure, by the system
        assertThat(rows("SELECT actor_kind FROM audit_events WHERE action = 'member_erased' AND object_id = :id",
                zhou.memberId().toString())).extracting(columns -> columns[0]).containsExactly("system");

        // and the request shows completed while his token still lives
        given().auth().oauth2(token).when().get(REQUEST).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("completedAt", notNullValue());
        given().auth().oauth2(token).when().post(REQUEST).then().statusCode(202)
                .body("id", equalTo(asked.getString("id"))).body("status", equalTo("completed"));
    }

    @Test
    void aMemberWhoNeverAskedHasNoRequest() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get(REQUEST).then().statusCode(404)
                .body("code", equalTo("DELETION_REQUEST_NOT_FOUND"));
    }

    @Test
    void twoInstancesRunningTheJobEraseEachMemberOnce() throws Exception {
        List<TestAccounts.SignedIn> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
            given().auth().oauth2(member.accessToken()).when().post(REQUEST).then().statusCode(202);
            members.add(member);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(erasure::eraseDue);
            Future<Integer> second = pool.submit(erasure::eraseDue);
            assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(members.size());
        } finally {
            pool.shutdownNow();
        }
        for (TestAccounts.SignedIn member : members) {
            assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'member_erased' AND object_id = :id",
                    member.memberId().toString())).isEqualTo(1);
            given().auth().oauth2(member.accessToken()).when().get(REQUEST).then().statusCode(200)
                    .body("status", equalTo("completed"));
        }
    }

    @Test
    void aFailureLeavesThatRequestPendingUntouchedAndTheOthersGoOn() {
        TestAccounts.SignedIn unlucky = TestAccounts.newMemberOf("desheng");
        TestAccounts.SignedIn other = TestAccounts.newMemberOf("desheng");
        for (TestAccounts.SignedIn member : List.of(unlucky, other)) {
            given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"nickname\": \"小李\"}")
                    .when().patch("/api/v1/me").then().statusCode(200);
            given().auth().oauth2(member.accessToken()).when().post(REQUEST).then().statusCode(202);
        }
        BrokenEraser.FAILING_FOR.add(unlucky.memberId());
        try {
            erasure.eraseDue();
            given().auth().oauth2(unlucky.accessToken()).when().get(REQUEST).then().body("status", equalTo("pending"));
            given().auth().oauth2(other.accessToken()).when().get(REQUEST).then().body("status", equalTo("completed"));
            // nothing of the failed erasure stayed: it was one transaction
            assertThat(row("SELECT nickname, erased_at FROM members WHERE id = :id", unlucky.memberId()))
                    .containsExactly("小李", null);
        } finally {
            BrokenEraser.FAILING_FOR.remove(unlucky.memberId());
        }
        erasure.eraseDue();
        given().auth().oauth2(unlucky.accessToken()).when().get(REQUEST).then().body("status", equalTo("completed"));
    }

    private Object[] row(String sql, Object id) {
        List<Object[]> rows = rows(sql, id);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object> found = entityManager.createNativeQuery(sql).setParameter("id", id).getResultList();
            return found.stream().map(columns -> columns instanceof Object[] array ? array : new Object[] {columns})
                    .toList();
        });
    }

    private long count(String sql, Object id) {
        return ((Number) row(sql, id)[0]).longValue();
    }
}
