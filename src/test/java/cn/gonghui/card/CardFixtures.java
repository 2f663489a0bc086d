package cn.gonghui.card;

import static io.restassured.RestAssured.given;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Members with a membership, card applications taken through the union, and the bank's side:
 * finding an order and reporting on it, the way the clients and the bank do it.
 */
@ApplicationScoped
public class CardFixtures {

    public static final String DESHENG_STATION = TestApplications.DESHENG_OUTDOOR_STATION;
    public static final String BRANCH = "北京银行德胜门支行";

    private final EntityManager entityManager;

    public CardFixtures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A member of the street named 测试员, with an active membership there, consenting to the card purpose. */
    public TestAccounts.SignedIn memberWithMembership(String streetCode) {
        TestAccounts.SignedIn member = TestApplications.identifiedMember(streetCode);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at,
                                                 updated_at, version)
                        SELECT :id, :member, :number, 'active', name || '街道联合工会', id, :since, :now, :now, 0
                          FROM streets WHERE code = :street""")
                .setParameter("id", Ids.newId()).setParameter("member", member.memberId())
                .setParameter("number", "XC" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)))
                .setParameter("since", LocalDate.of(2025, 3, 1)).setParameter("now", TestClock.current())
                .setParameter("street", streetCode)
                .executeUpdate());
        TestApplications.consent(member, "card");
        return member;
    }

    public static Response applyForCard(TestAccounts.SignedIn member, String form) {
        return TestApplications.apply(member, "{\"serviceCode\": \"card.apply\", \"streetCode\": \"desheng\", "
                + "\"form\": " + form + "}");
    }

    /** Applies, and the 德胜 officer accepts and approves: the card is confirmed and ordered from the bank. */
    public static String confirmedCard(TestAccounts.SignedIn member, String officer) {
        String id = applyForCard(member, "{\"pickupPreference\": \"branch\"}").then().statusCode(201)
                .extract().path("summary.id");
        TestApplications.act(officer, id, "accept", "{}").then().statusCode(200);
        TestApplications.act(officer, id, "approve", "{}").then().statusCode(200);
        return id;
    }

    /** A card applied for, confirmed and issued by the bank: active, with this number. */
    public static String activeCard(TestAccounts.SignedIn member, String officer, String bank, String cardNumber) {
        String applicationId = confirmedCard(member, officer);
        String order = orderOf(bank, cardOf(member).getString("id"), "issue");
        report(bank, order, "{\"status\": \"accepted\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"produced\"}").then().statusCode(200);
        report(bank, order, "{\"status\": \"ready_for_pickup\", \"branch\": \"" + BRANCH + "\"}").then().statusCode(200);
        report(bank, order, issued(cardNumber)).then().statusCode(200);
        return applicationId;
    }

    /** The member's newest card, as /me/cards shows it. */
    public static JsonPath cardOf(TestAccounts.SignedIn member) {
        return new JsonPath(given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/cards")
                .then().statusCode(200).extract().asString()).setRootPath("items[0]");
    }

    /** The id of the order of this kind for the card, looked for through every page of the bank's list. */
    public static String orderOf(String bank, String cardId, String kind) {
        String cursor = null;
        do {
            var request = given().auth().oauth2(bank).queryParam("kind", kind).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/integrations/card-orders").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (cardId.equals(item.get("cardId"))) {
                    return (String) item.get("id");
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        throw new AssertionError("No " + kind + " order for card " + cardId);
    }

    public static Response report(String bank, String orderId, String body) {
        return given().auth().oauth2(bank).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/integrations/card-orders/" + orderId + "/status");
    }

    public static String issued(String cardNumber) {
        return "{\"status\": \"issued\", \"cardNumber\": \"" + cardNumber + "\", \"lastFour\": \""
                + cardNumber.substring(cardNumber.length() - 4) + "\"}";
    }

    /** A fresh 16-digit card number of the bank's range (BIN 621483) with a valid Luhn check digit. */
    public static String newCardNumber() {
        StringBuilder digits = new StringBuilder("621483");
        while (digits.length() < 15) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CardNumber.luhn(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
        throw new AssertionError("no check digit");
    }

    /** The stored row of a card, as the database holds it. */
    public Map<String, Object> row(String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                            SELECT status, last_four, card_number_cipher, card_number_index FROM member_cards WHERE id = :id""")
                    .setParameter("id", UUID.fromString(cardId)).getSingleResult();
            java.util.HashMap<String, Object> columns = new java.util.HashMap<>();
            columns.put("status", row[0]);
            columns.put("last_four", row[1]);
            columns.put("card_number_cipher", row[2]);
            columns.put("card_number_index", row[3]);
            return columns;
        });
    }
}
