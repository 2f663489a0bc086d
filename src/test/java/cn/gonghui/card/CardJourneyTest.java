package cn.gonghui.card;

import static cn.gonghui.card.CardFixtures.BRANCH;
import static cn.gonghui.card.CardFixtures.DESHENG_STATION;
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
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A member of 德胜 applies for the 京卡 online, the 德胜 union confirms it, the bank makes it and
 * reports each step, and the member ends with an active card; the wrong street never sees it, and
 * the bank's out-of-order and repeated reports are answered precisely.
 */
@QuarkusTest
class CardJourneyTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Inject
    FieldCipher cipher;

    @Test
    void aMemberOfDeshengGetsTheirCardFromApplicationToActive() {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));

        // the member applies online, to pick the card up at the 德胜 outdoor workers' station
        String id = given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "card-" + member.memberId())
                .body("{\"serviceCode\": \"card.apply\", \"streetCode\": \"desheng\", \"form\": "
                        + "{\"pickupPreference\": \"station\", \"stationId\": \"" + DESHENG_STATION + "\"}}")
                .when().post("/api/v1/applications")
                .then().statusCode(201).body("summary.status", equalTo("submitted"))
                .extract().path("summary.id");
        JsonPath card = cardOf(member);
        assertThat(card.getString("status")).isEqualTo("ordered");
        assertThat(card.getString("pickup.preference")).isEqualTo("station");
        assertThat(card.getString("pickup.station.name")).isEqualTo("德胜街道户外劳动者服务站");
        assertThat(card.getString("applicationId")).isEqualTo(id);
        String cardId = card.getString("id");

        // one card per person
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("CARD_ALREADY_HELD"));

        // 金融街 cannot see or act on it
        given().auth().oauth2(jinrongjieOfficer).when().get("/api/v1/admin/applications/" + id).then().statusCode(404);
        given().auth().oauth2(jinrongjieOfficer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post("/api/v1/admin/applications/" + id + "/actions/accept").then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));

        // 德胜 accepts and confirms: the card is ordered from the bank, and no officer can complete it
        act(deshengOfficer, id, "accept", "{}").then().statusCode(200).body("summary.status", equalTo("accepted"));
        act(deshengOfficer, id, "approve", "{}").then().statusCode(200)
                .body("summary.status", equalTo("approved"))
                .body("result.cardId", equalTo(cardId))
                .body("result.cardStatus", equalTo("confirmed"));
        // (a counter-example of CardLifecyclePropertyTest, seed 20261206: accept, approve, complete was offered and refused)
        given().auth().oauth2(deshengOfficer).when().get("/api/v1/admin/applications/" + id).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("assign")));
        act(deshengOfficer, id, "complete", "{}").then().statusCode(409).body("code", equalTo("CARD_NOT_ISSUED_YET"));

        // the bank pulls the order: the holder's name masked, the station the member chose
        String order = orderOf(bank, cardId, "issue");
        given().auth().oauth2(bank).queryParam("status", "pending").queryParam("kind", "issue").queryParam("limit", 100)
                .when().get("/api/v1/integrations/card-orders").then().statusCode(200);
        JsonPath listed = given().auth().oauth2(bank).queryParam("kind", "issue").queryParam("limit", 100)
                .when().get("/api/v1/integrations/card-orders").then().statusCode(200).extract().jsonPath()
                .setRootPath("items.find { it.id == '" + order + "' }");
        assertThat(listed.getString("status")).isEqualTo("pending");
        assertThat(listed.getString("holderName")).isEqualTo("测**");
        assertThat(listed.getString("pickupStation.name")).isEqualTo("德胜街道户外劳动者服务站");

        // accepted, then an issued before produced is out of order
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200)
                .body("orderStatus", equalTo("accepted")).body("cardStatus", equalTo("sent_to_bank"));
        assertThat(cardOf(member).getString("status")).isEqualTo("sent_to_bank");
        String number = CardFixtures.newCardNumber();
        report(bank, order, issued(number)).then().statusCode(409)
                .body("code", equalTo("CARD_ORDER_OUT_OF_ORDER"))
                .body("currentStatus", equalTo("accepted"))
                .body("expected", equalTo(List.of("produced", "failed")));

        // produced, and the same report again replays the first answer
        Map<String, Object> produced = report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200)
                .body("cardStatus", equalTo("produced")).extract().jsonPath().getMap("");
        Map<String, Object> again = report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(again).isEqualTo(produced);
        assertThat(cardOf(member).getString("status")).isEqualTo("produced");

        // ready at a branch: the member is told where; a different branch for the same step conflicts
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + BRANCH + "\"}").then().statusCode(200)
                .body("cardStatus", equalTo("ready_for_pickup"));
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"北京银行新街口支行\"}").then()
                .statusCode(409).body("code", equalTo("CARD_REPORT_CONFLICT"));
        assertThat(cardOf(member).getString("pickup.branch")).isEqualTo(BRANCH);

        // a wrong number is refused precisely; the right one activates the card and completes the application
        report(bank, order, issued(number.substring(0, 15) + ((number.charAt(15) - '0' + 1) % 10))).then()
                .statusCode(422).body("code", equalTo("CARD_REPORT_INVALID"))
                .body("errors.code", hasItem("LUHN_CHECK_FAILED"));
        report(bank, order, "{\"status\": \"issued\", \"cardNumber\": \"" + number + "\", \"lastFour\": \"0000\"}")
                .then().statusCode(422).body("errors.code", hasItem("LAST_FOUR_MISMATCH"));
        report(bank, order, issued(number)).then().statusCode(200)
                .body("orderStatus", equalTo("issued")).body("cardStatus", equalTo("active"));

        given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("summary.status", equalTo("completed"))
                .body("history.action", equalTo(List.of("submit", "accept", "approve", "complete")))
                .body("history[3].actorRole", equalTo("system"))
                .body("result.cardStatus", equalTo("active"));
        JsonPath active = cardOf(member);
        assertThat(active.getString("status")).isEqualTo("active");
        assertThat(active.getString("cardNumber")).isEqualTo("**** **** **** " + number.substring(12));
        assertThat(active.getList("history.status")).containsExactly("ordered", "confirmed", "sent_to_bank", "produced",
                "ready_for_pickup", "active");
        assertThat(active.getList("history.by")).containsExactly("member", "union", "bank", "bank", "bank", "bank");

        // the number is stored encrypted, with its blind index, never in clear
        Map<String, Object> row = fixtures.row(cardId);
        assertThat(row.get("last_four")).isEqualTo(number.substring(12));
        assertThat((String) row.get("card_number_cipher")).doesNotContain(number);
        assertThat(cipher.decrypt("card.number", (String) row.get("card_number_cipher"))).isEqualTo(number);
        assertThat(row.get("card_number_index")).isNotNull();

        // the member heard of the pickup place and the activation
        List<String> events = given().auth().oauth2(member.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().statusCode(200).extract().jsonPath().getList("items.event");
        assertThat(events).contains("card_ready_for_pickup", "card_active", "completed");

        // and the member's own data export holds the card with its whole number
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/data-export").then().statusCode(200)
                .body("card.cards[0].card.id", equalTo(cardId))
                .body("card.cards[0].fullCardNumber", equalTo(number))
                .body("card.uses", equalTo(List.of()));
    }

    @Test
    void theCatalogueServesTheFourCardServicesAndTheirForms() {
        given().when().get("/api/v1/services").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.hasItems("card.apply", "card.report-loss", "card.replace",
                        "card.cancel"))
                .body("items.find { it.code == 'card.apply' }.usesAppointment", equalTo(false));
        given().when().get("/api/v1/services/card.apply/form-schema").then().statusCode(200)
                .body("required", equalTo(List.of("pickupPreference")))
                .body("properties.pickupPreference.enum", equalTo(List.of("branch", "station")));
        given().when().get("/api/v1/services/card.replace/form-schema").then().statusCode(200)
                .body("properties.reason.enum", equalTo(List.of("lost", "damaged")));
        given().when().get("/api/v1/services/card.report-loss").then().statusCode(200)
                .body("form.attributes.code", equalTo(List.of("lostOn", "lostWhere")));
        given().when().get("/api/v1/services/card.cancel").then().statusCode(200)
                .body("form.attributes.code", equalTo(List.of("reason")));
    }

    @Test
    void withoutAnActiveMembershipThereIsNoCard() {
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");
        TestApplications.consent(worker, "card");
        applyForCard(worker, "{\"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("MEMBERSHIP_REQUIRED"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/cards").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aNumberAnotherCardHoldsIsRefusedAndTheCardWaitsForItsOwn() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        String number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(fixtures.memberWithMembership("desheng"), officer, bank, number);

        TestAccounts.SignedIn second = fixtures.memberWithMembership("desheng");
        CardFixtures.confirmedCard(second, officer);
        String order = orderOf(bank, cardOf(second).getString("id"), "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + BRANCH
                + "\"}").then().statusCode(200);
        report(bank, order, issued(number)).then().statusCode(422)
                .body("code", equalTo("CARD_NUMBER_IN_USE"));
        assertThat(cardOf(second).getString("status")).isEqualTo("ready_for_pickup");
        report(bank, order, issued(CardFixtures.newCardNumber())).then().statusCode(200);
        assertThat(cardOf(second).getString("status")).isEqualTo("active");
    }

    @Test
    void withoutConsentToTheCardPurposeNothingIsSubmitted() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(422)
                .body("code", equalTo("CONSENT_REQUIRED"));
    }

    @Test
    void anUnknownPickupStationIsRefused() {
        TestAccounts.SignedIn member = fixtures.memberWithMembership("desheng");
        applyForCard(member, "{\"pickupPreference\": \"station\", \"stationId\": \"01a20144-3af1-7ea3-9ce3-000000000000\"}")
                .then().statusCode(422).body("code", equalTo("APPLICATION_INVALID"))
                .body("errors.code", hasItem("UNKNOWN_STATION"));
    }
}
