package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.cardOf;
import static cn.gonghui.card.CardFixtures.orderOf;
import static cn.gonghui.card.CardFixtures.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.integration.IntegrationScopes;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Reports racing each other: the same report twice at the same moment (a retry racing the original)
 * makes one change; the member's withdrawal racing the bank's "issued" ends one way, not both.
 */
@QuarkusTest
class BankReportConcurrencyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Test
    void twoIdenticalReportsAtOnceChangeTheCardOnce() {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            reportTwiceAtOnce(bank, order, threads);
        } finally {
            threads.shutdownNow();
        }
        assertThat(cardOf(member).getList("history.status")).containsExactly("ordered", "confirmed", "sent_to_bank",
                "produced");
    }

    @Test
    void aWithdrawalAndTheBanksIssuedReportAtOnceEndOneWayOrTheOther() {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String application = CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + CardFixtures.BRANCH + "\"}")
                .then().statusCode(200);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Response> withdrawal = CompletableFuture.supplyAsync(() -> {
                await(start);
                return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                        .body("{\"reason\": \"不需要了\"}")
                        .when().post("/api/v1/applications/" + application + "/withdraw");
            }, threads);
            CompletableFuture<Response> issued = CompletableFuture.supplyAsync(() -> {
                await(start);
                return report(bank, order, CardFixtures.issued(CardFixtures.newCardNumber()));
            }, threads);
            int withdrawn = withdrawal.join().statusCode();
            int reported = issued.join().statusCode();

            // never both, never a server error: the locks make one wait for the other
            assertThat(List.of(withdrawn, reported)).containsExactlyInAnyOrder(200, 409);
            assertThat(cardOf(member).getString("status")).isEqualTo(withdrawn == 200 ? "cancelled" : "active");
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reportTwiceAtOnce(String bank, String order, ExecutorService threads) {
        for (String status : List.of("accepted", "produced")) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Response> answers = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return report(bank, order, "{\"status\": \"" + status + "\"}");
            }, threads)).toList().stream().map(CompletableFuture::join).toList();
            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
            assertThat(answers.get(0).jsonPath().getMap("")).isEqualTo(answers.get(1).jsonPath().getMap(""));
        }
    }
}
