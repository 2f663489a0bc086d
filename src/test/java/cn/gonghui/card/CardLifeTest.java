package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.applyForCard;
import static cn.gonghui.card.CardFixtures.cardOf;
import static cn.gonghui.card.CardFixtures.issued;
import static cn.gonghui.card.CardFixtures.orderOf;
import static cn.gonghui.card.CardFixtures.report;
import static cn.gonghui.testing.TestApplications.act;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card's life after it is issued, and the ways an order ends early: a loss report stops the card
 * at once, a replacement brings a new one, a cancellation ends it; a withdrawn or rejected
 * application takes the bank's order back, and a card the bank could not make ends the application.
 */
@QuarkusTest
class CardLifeTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    private TestAccounts.SignedIn member;
    private String officer;
    private String bank;
    private String merchant;

    @BeforeEach
    void aMemberOfDeshengTheirOfficerTheBankAndAMerchant() {
        member = fixtures.memberWithMembership("desheng");
        officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        merchant = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_VERIFY));
    }

    @Test
    void aLostCardStopsAtOnceAndIsReplacedByANewOne() {
        String number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(member, officer, bank, number);
        String oldCard = cardOf(member).getString("id");
        String qr = given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/card-qr").then().statusCode(200)
                .extract().path("qrToken");

        // the loss report stops the card the moment it is submitted, before any officer looks at it
        String loss = apply("card.report-loss", "{\"lostOn\": \"2026-11-30\", \"lostWhere\": \"地铁2号线\"}")
                .then().statusCode(201).extract().path("summary.id");
        verify("{\"qrToken\": \"" + qr + "\"}").then().body("valid", equalTo(false))
                .body("reason", equalTo("card_inactive"));
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("valid", equalTo(false))
                .body("reason", equalTo("card_inactive"));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/card-qr").then().statusCode(422)
                .body("code", equalTo("NO_ACTIVE_CARD"));
        assertThat(cardOf(member).getString("status")).isEqualTo("lost");
        apply("card.report-loss", "{\"lostOn\": \"2026-11-30\"}").then().statusCode(422)
                .body("code", equalTo("NO_ACTIVE_CARD"));
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("CARD_ALREADY_HELD"));

        // the bank blocks it: a loss order is only accepted or failed
        String lossOrder = orderOf(bank, oldCard, "loss");
        report(bank, lossOrder, "{\"status\": \"produced\"}").then().statusCode(422)
                .body("code", equalTo("CARD_REPORT_NOT_APPLICABLE"));
        report(bank, lossOrder, "{\"status\": \"accepted\"}").then().statusCode(200)
                .body("orderStatus", equalTo("accepted")).body("cardStatus", equalTo("lost"));
        // once blocked, it cannot fail after all
        report(bank, lossOrder, "{\"status\": \"failed\", \"reason\": \"系统故障\"}").then().statusCode(409)
                .body("code", equalTo("CARD_ORDER_OUT_OF_ORDER"))
                .body("currentStatus", equalTo("accepted")).body("expected", org.hamcrest.Matchers.empty());
        act(officer, loss, "accept", "{}").then().statusCode(200);
        act(officer, loss, "approve", "{}").then().statusCode(200);
        act(officer, loss, "complete", "{}").then().statusCode(200).body("summary.status", equalTo("completed"));

        // a replacement: the old card ends at the union's approval, the bank makes the new one
        apply("card.replace", "{\"reason\": \"damaged\", \"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("NO_ACTIVE_CARD"));
        String replace = apply("card.replace", "{\"reason\": \"lost\", \"pickupPreference\": \"branch\"}")
                .then().statusCode(201).extract().path("summary.id");
        act(officer, replace, "accept", "{}").then().statusCode(200);
        act(officer, replace, "approve", "{}").then().statusCode(200).body("result.cardStatus", equalTo("confirmed"));
        JsonPath cards = given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/cards").then()
                .statusCode(200).extract().jsonPath();
        assertThat(cards.getList("items.status")).containsExactly("confirmed", "replaced");
        assertThat(cards.getString("items[0].replacesCardId")).isEqualTo(oldCard);
        String newCard = cards.getString("items[0].id");

        String replaceOrder = orderOf(bank, newCard, "replace");
        JsonPath listed = given().auth().oauth2(bank).queryParam("kind", "replace").queryParam("limit", 100)
                .when().get("/api/v1/integrations/card-orders").then().statusCode(200).extract().jsonPath()
                .setRootPath("items.find { it.id == '" + replaceOrder + "' }");
        assertThat(listed.getString("replacesCardId")).isEqualTo(oldCard);
        assertThat(listed.getString("lastFour")).isEqualTo(number.substring(12));
        String newNumber = CardFixtures.newCardNumber();
        report(bank, replaceOrder, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, replaceOrder, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, replaceOrder, "{\"status\": \"ready_for_pickup\", \"stationId\": \""
                + CardFixtures.DESHENG_STATION + "\"}").then().statusCode(200);
        assertThat(cardOf(member).getString("pickup.station.name")).isEqualTo("德胜街道户外劳动者服务站");
        report(bank, replaceOrder, issued(newNumber)).then().statusCode(200).body("cardStatus", equalTo("active"));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + replace).then()
                .body("summary.status", equalTo("completed"));
        verify("{\"cardNumber\": \"" + newNumber + "\"}").then().body("valid", equalTo(true));
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("reason", equalTo("card_inactive"));
    }

    @Test
    void aDamagedCardIsExchangedAndStopsWhenTheUnionApproves() {
        String number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(member, officer, bank, number);
        apply("card.replace", "{\"reason\": \"lost\", \"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("NO_LOST_CARD"));
        String replace = apply("card.replace", "{\"reason\": \"damaged\", \"pickupPreference\": \"branch\"}")
                .then().statusCode(201).extract().path("summary.id");
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("valid", equalTo(true));
        act(officer, replace, "accept", "{}").then().statusCode(200);
        act(officer, replace, "approve", "{}").then().statusCode(200);
        JsonPath cards = given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/cards").then()
                .statusCode(200).extract().jsonPath();
        assertThat(cards.getList("items.status")).containsExactly("confirmed", "replaced");
        assertThat(cards.getList("items[1].history.status")).containsExactly("ordered", "confirmed", "sent_to_bank",
                "produced", "ready_for_pickup", "active", "replaced");
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("reason", equalTo("card_inactive"));
    }

    @Test
    void aCardLostBeforePickupIsNotIssuedAnyMore() {
        String id = CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + CardFixtures.BRANCH + "\"}")
                .then().statusCode(200);
        apply("card.report-loss", "{\"lostOn\": \"2026-11-30\"}").then().statusCode(201);
        assertThat(cardOf(member).getString("status")).isEqualTo("lost");
        report(bank, order, issued(CardFixtures.newCardNumber())).then().statusCode(409)
                .body("code", equalTo("CARD_ORDER_OUT_OF_ORDER")).body("currentStatus", equalTo("cancelled"));
        // the application that ordered it can be closed by the union now
        act(officer, id, "complete", "{}").then().statusCode(200).body("result.cardStatus", equalTo("lost"));
    }

    @Test
    void aCancelledCardStopsAndTheBankIsToldToCloseIt() {
        String number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(member, officer, bank, number);
        String card = cardOf(member).getString("id");
        String cancel = apply("card.cancel", "{\"reason\": \"换了工作，不再需要\"}").then().statusCode(201)
                .extract().path("summary.id");
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("valid", equalTo(true));
        act(officer, cancel, "accept", "{}").then().statusCode(200);
        act(officer, cancel, "approve", "{}").then().statusCode(200).body("result.cardStatus", equalTo("cancelled"));
        verify("{\"cardNumber\": \"" + number + "\"}").then().body("valid", equalTo(false))
                .body("reason", equalTo("card_inactive"));
        report(bank, orderOf(bank, card, "cancel"), "{\"status\": \"accepted\"}").then().statusCode(200)
                .body("cardStatus", equalTo("cancelled"));
        act(officer, cancel, "complete", "{}").then().statusCode(200);
        // with the card gone, a new one may be applied for
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201);
    }

    @Test
    void onceTheUnionOrderedTheCardItsApplicationCannotBeWithdrawnAndTheBanksOrderStands() {
        String id = CardFixtures.confirmedCard(member, officer);
        String card = cardOf(member).getString("id");
        String order = orderOf(bank, card, "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);

        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"不需要了\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw").then().statusCode(409)
                .body("code", equalTo("WITHDRAWAL_NOT_ALLOWED")).body("status", equalTo(409))
                .body("applicationStatus", equalTo("approved"));
        assertThat(cardOf(member).getString("status")).isEqualTo("sent_to_bank");
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200).body("orderStatus", equalTo("produced"));
    }

    @Test
    void aCardApplicationWithdrawnBeforeApprovalTakesItsOrderedCardBack() {
        String id = applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201)
                .extract().path("summary.id");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"不需要了\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                .body("summary.status", equalTo("withdrawn"));
        assertThat(cardOf(member).getString("status")).isEqualTo("cancelled");
    }

    @Test
    void aRejectedApplicationEndsTheOrderedCard() {
        String id = applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201)
                .extract().path("summary.id");
        act(officer, id, "reject", "{\"reason\": \"会籍信息待核实\"}").then().statusCode(200);
        JsonPath card = cardOf(member);
        assertThat(card.getString("status")).isEqualTo("cancelled");
        assertThat(card.getList("history.by")).containsExactly("member", "union");
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201);
    }

    @Test
    void aCardTheBankCouldNotMakeEndsTheApplication() {
        String id = CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, order, "{\"status\": \"failed\"}").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        report(bank, order, "{\"status\": \"failed\", \"reason\": \"持卡人信息核验未通过\"}").then().statusCode(200)
                .body("orderStatus", equalTo("failed")).body("cardStatus", equalTo("failed"));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id).then()
                .body("summary.status", equalTo("completed")).body("result.cardStatus", equalTo("failed"));
        List<String> events = given().auth().oauth2(member.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().extract().jsonPath().getList("items.event");
        assertThat(events).contains("card_failed");
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201);
    }

    @Test
    void theBanksBadReportsAreAnsweredPrecisely() {
        CardFixtures.confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, "01a20144-3af1-7ea3-9ce3-000000000000", "{\"status\": \"accepted\"}").then().statusCode(404)
                .body("code", equalTo("CARD_ORDER_NOT_FOUND"));
        report(bank, order, "{\"status\": \"shipped\"}").then().statusCode(400);
        report(bank, order, "{}").then().statusCode(400);
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\"}").then().statusCode(400)
                .body("errors.code", hasItem("BRANCH_OR_STATION"));
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"stationId\": \"01a20144-3af1-7ea3-9ce3-000000000000\"}")
                .then().statusCode(422).body("errors.code", hasItem("UNKNOWN_STATION"));
        given().auth().oauth2(bank).queryParam("status", "sent").when().get("/api/v1/integrations/card-orders")
                .then().statusCode(400);
        given().auth().oauth2(bank).queryParam("cursor", "not-a-cursor").when().get("/api/v1/integrations/card-orders")
                .then().statusCode(400);
    }

    private Response apply(String service, String form) {
        return TestApplications.apply(member, "{\"serviceCode\": \"" + service + "\", \"streetCode\": \"desheng\", "
                + "\"form\": " + form + "}");
    }

    private Response verify(String body) {
        return given().auth().oauth2(merchant).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(200).extract().response();
    }
}
