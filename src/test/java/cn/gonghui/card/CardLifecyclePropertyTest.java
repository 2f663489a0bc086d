package cn.gonghui.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.LifecycleProperty;
import cn.gonghui.testing.LifecycleProperty.Step;
import cn.gonghui.testing.LifecycleProperty.Who;
import cn.gonghui.testing.LifecycleSteps;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of what a member, the officers and the bank do to a card application (see
 * {@link LifecycleProperty}); the line's own invariant: the card and the bank's issue order move
 * only with the application, as the table below pairs them.
 */
@io.quarkus.test.junit.QuarkusTest
class CardLifecyclePropertyTest {

    /** For each status of the application: the (card, order) pairs it may have; order "none" when there is none. */
    private static final Map<String, Set<List<String>>> AGREE = Map.of(
            "submitted", Set.of(List.of("ordered", "none")),
            "accepted", Set.of(List.of("ordered", "none")),
            "needs_info", Set.of(List.of("ordered", "none")),
            "rejected", Set.of(List.of("cancelled", "none")),
            "withdrawn", Set.of(List.of("cancelled", "none")),
            "approved", Set.of(List.of("confirmed", "pending"), List.of("sent_to_bank", "accepted"),
                    List.of("produced", "produced"), List.of("ready_for_pickup", "ready_for_pickup")),
            "completed", Set.of(List.of("active", "issued"), List.of("failed", "failed")));

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Test
    void aCardApplicationItsCardAndTheBanksOrderNeverDisagree() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        UUID assignee = accounts.officerId(accounts.streetOfficer("desheng"));
        new LifecycleProperty("card.apply", () -> new CardApplication(officer, district, bank, assignee), officer,
                district).check(2_026_120_601L, 5, 12);
    }

    private final class CardApplication implements LifecycleProperty.Line {

        private final TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        private final String id = CardFixtures.applyForCard(member, "{\"pickupPreference\": \"branch\"}")
                .then().statusCode(201).extract().path("summary.id");
        private final List<Step> steps;

        CardApplication(String officer, String district, String bank, UUID assignee) {
            steps = new ArrayList<>(LifecycleSteps.shared(officer, district, LifecycleSteps.Bodies.plain(assignee)));
            for (String report : List.of("{\"status\": \"accepted\"}", "{\"status\": \"produced\"}",
                    "{\"status\": \"ready_for_pickup\", \"branch\": \"" + CardFixtures.BRANCH + "\"}",
                    "{\"status\": \"failed\", \"reason\": \"持卡人信息核验未通过\"}")) {
                steps.add(new Step("bank reports " + report, Who.PARTNER, null, line -> order()
                        .map(order -> CardFixtures.report(bank, order, report)).orElse(null)));
            }
            steps.add(new Step("bank reports issued", Who.PARTNER, null, line -> order()
                    .map(order -> CardFixtures.report(bank, order, CardFixtures.issued(CardFixtures.newCardNumber())))
                    .orElse(null)));
        }

        private java.util.Optional<String> order() {
            return orderRow().map(row -> row[0].toString());
        }

        private java.util.Optional<Object[]> orderRow() {
            return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "SELECT id, status FROM card_orders WHERE application_id = :id AND kind = 'issue'", Object[].class)
                    .setParameter("id", UUID.fromString(id)).getResultStream().map(Object[].class::cast).findFirst());
        }

        @Override
        public String applicationId() {
            return id;
        }

        @Override
        public String memberToken() {
            return member.accessToken();
        }

        @Override
        public List<Step> steps() {
            return steps;
        }

        @Override
        public void checkRecords(JsonPath application) {
            String status = application.getString("summary.status");
            String card = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                            "SELECT status FROM member_cards WHERE application_id = :id")
                    .setParameter("id", UUID.fromString(id)).getSingleResult());
            String order = orderRow().map(row -> row[1].toString()).orElse("none");
            assertThat(AGREE.get(status)).as("a %s application with its card %s and order %s", status, card, order)
                    .contains(List.of(card, order));
        }
    }
}
