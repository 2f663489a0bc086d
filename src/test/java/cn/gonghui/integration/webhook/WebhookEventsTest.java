package cn.gonghui.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The capabilities' changes reach subscribers as events naming ids and codes, never personal data. */
@QuarkusTest
class WebhookEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookFixtures fixtures;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    CardFixtures cards;

    @Inject
    TestAccounts accounts;

    @AfterEach
    void cleanUp() {
        fixtures.deleteEverySubscription();
    }

    @Test
    void theBankHearsOfTheCardApplicationItsOrderAndItsOwnReportInTheOrderTheyHappened() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookFixtures.subscribe(fixtures.integrator(), receiver.url("/bank"), "application.status_changed",
                    "card_order.created", "card_order.status_changed");
            String bank = TestAccounts.integratorToken(accounts.integrator("cards:issue"));
            TestAccounts.SignedIn member = cards.memberWithMembership("desheng");
            String application = CardFixtures.confirmedCard(member, TestAccounts.officerToken(accounts.streetOfficer("desheng")));
            String card = CardFixtures.cardOf(member).getString("id");
            String order = CardFixtures.orderOf(bank, card, "issue");
            CardFixtures.report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);

            dispatcher.deliverDue();

            List<String> seen = new ArrayList<>();
            for (WebhookReceiver.Received request : receiver.received()) {
                JsonNode event = JSON.readTree(request.body());
                JsonNode data = event.get("data");
                seen.add(event.get("type").asText() + " " + data.get("status").asText());
                assertThat(request.body()).as("no personal data").doesNotContain("测试员").doesNotContain(member.memberId().toString());
                if (event.get("type").asText().startsWith("application")) {
                    assertThat(data.get("applicationId").asText()).isEqualTo(application);
                    assertThat(data.get("serviceCode").asText()).isEqualTo("card.apply");
                } else {
                    assertThat(data.get("cardOrderId").asText()).isEqualTo(order);
                    assertThat(data.get("cardId").asText()).isEqualTo(card);
                    assertThat(data.get("kind").asText()).isEqualTo("issue");
                }
            }
            assertThat(seen).containsExactly("application.status_changed submitted", "application.status_changed accepted",
                    "card_order.created pending", "application.status_changed approved",
                    "card_order.status_changed accepted");
        }
    }
}
