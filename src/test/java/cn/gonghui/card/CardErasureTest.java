package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.cardOf;
import static cn.gonghui.card.CardFixtures.orderOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A member who asks to be erased: the card is closed at the bank, its number gone, the uses kept pseudonymised. */
@QuarkusTest
class CardErasureTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Inject
    ErasureJob erasure;

    @Inject
    EntityManager entityManager;

    @Test
    void anErasedMembersCardIsClosedAndItsNumberForgotten() {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String merchant = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_VERIFY));
        String number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(member, officer, bank, number);
        String card = cardOf(member).getString("id");
        given().auth().oauth2(merchant).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"programCode\": \"health-checkup\", \"cardNumber\": \"" + number + "\", \"amount\": \"80.00\"}")
                .when().post("/api/v1/integrations/benefit-uses").then().statusCode(201);

        given().auth().oauth2(member.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();

        Map<String, Object> row = fixtures.row(card);
        assertThat(row.get("status")).isEqualTo("cancelled");
        assertThat(row.get("card_number_cipher")).isNull();
        assertThat(row.get("card_number_index")).isNull();
        assertThat(row.get("last_four")).isNull();
        orderOf(bank, card, "cancel");
        given().auth().oauth2(merchant).contentType(ContentType.JSON).body("{\"cardNumber\": \"" + number + "\"}")
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("unknown"));
        long uses = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM benefit_uses WHERE member_id = :member")
                .setParameter("member", member.memberId()).getSingleResult()).longValue());
        assertThat(uses).isEqualTo(1);
    }
}
