package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.cardOf;
import static cn.gonghui.card.CardFixtures.orderOf;
import static cn.gonghui.card.CardFixtures.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports racing each other: the same report twice at the same moment (a retry racing the original)
 * makes one change; the member's withdrawal racing the bank's "issued" is refused either way (the card
 * was ordered), without a deadlock.
 */
@QuarkusTest
class BankReportConcurrencyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Test
    void twoIdenticalReportsAtOnceChangeTheCardOnce() throws Exception {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");

        reportTwiceAtOnce(bank, order);
        assertThat(cardOf(member).getList("history.status")).containsExactly("ordered", "confirmed", "sent_to_bank",
                "produced");
    }

    @Test
    void aWithdrawalRacingTheBanksIssuedReportIsRefusedAndTheCardIsIssued() throws Exception {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String application = CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + CardFixtures.BRANCH + "\"}")
                .then().statusCode(200);

        List<Response> answers = AtOnce.run(
                () -> given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                        .body("{\"reason\": \"不需要了\"}")
                        .when().post("/api/v1/applications/" + application + "/withdraw"),
                () -> report(bank, order, CardFixtures.issued(CardFixtures.newCardNumber())));

        // the card was ordered from the bank: the withdrawal is refused whichever comes first (approved, or
        // completed by the report), never a server error, and the card is issued
        assertThat(answers.get(0).statusCode()).isEqualTo(409);
        assertThat(answers.get(0).jsonPath().getString("code")).isIn("WITHDRAWAL_NOT_ALLOWED", "ACTION_NOT_ALLOWED");
        assertThat(answers.get(1).statusCode()).isEqualTo(200);
        assertThat(cardOf(member).getString("status")).isEqualTo("active");
    }

    private static void reportTwiceAtOnce(String bank, String order) throws Exception {
        for (String status : List.of("accepted", "produced")) {
            String body = "{\"status\": \"" + status + "\"}";
            List<Response> answers = AtOnce.run(() -> report(bank, order, body), () -> report(bank, order, body));
            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
            assertThat(answers.get(0).jsonPath().getMap("")).isEqualTo(answers.get(1).jsonPath().getMap(""));
        }
    }
}
