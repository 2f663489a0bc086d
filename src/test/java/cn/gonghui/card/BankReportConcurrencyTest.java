package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.cardOf;
import static cn.gonghui.card.CardFixtures.orderOf;
import static cn.gonghui.card.CardFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.integration.IntegrationScopes;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The bank sends the same report twice at the same moment (a retry racing the original): one change. */
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
