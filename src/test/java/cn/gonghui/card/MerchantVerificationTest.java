package cn.gonghui.card;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A benefit merchant checks a member's card by its dynamic QR code or its number and records the
 * benefit used: a code lives 60 seconds and serves one use; retries never record twice.
 */
@QuarkusTest
class MerchantVerificationTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CardFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    private TestAccounts.SignedIn member;
    private String number;
    private String merchant;
    private String bank;

    @BeforeEach
    void aMemberWithAnActiveCardAndAMerchant() {
        member = fixtures.memberWithMembership("desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        bank = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_ISSUE));
        number = CardFixtures.newCardNumber();
        CardFixtures.activeCard(member, officer, bank, number);
        merchant = TestAccounts.integratorToken(accounts.integrator(IntegrationScopes.CARDS_VERIFY));
    }

    @Test
    void aFreshCodeVerifiesAndCheckingDoesNotUseItUp() {
        String token = qr();
        for (int check = 0; check < 2; check++) {
            verify("{\"qrToken\": \"" + token + "\"}").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("reason", equalTo(null))
                    .body("maskedName", equalTo("测**"))
                    .body("membershipStatus", equalTo("active"))
                    .body("cardLastFour", equalTo(number.substring(12)));
        }
        // a code someone altered is not ours
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        verify("{\"qrToken\": \"" + tampered + "\"}").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("unknown")).body("maskedName", equalTo(null));
    }

    @Test
    void aCodeExpiresAfterSixtySeconds() {
        String token = qr();
        try {
            clock.advance(Duration.ofSeconds(61));
            verify("{\"qrToken\": \"" + token + "\"}").then().statusCode(200)
                    .body("valid", equalTo(false)).body("reason", equalTo("expired"));
            use("expired-" + UUID.randomUUID(), "{\"programCode\": \"cinema\", \"qrToken\": \"" + token
                    + "\", \"amount\": \"35.00\"}").then().statusCode(422).body("code", equalTo("QR_TOKEN_EXPIRED"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCodeServesOneBenefitAndARetryWithTheSameKeyRecordsItOnce() {
        String token = qr();
        String body = "{\"programCode\": \"cinema\", \"qrToken\": \"" + token + "\", \"amount\": \"35.00\"}";
        String key = "use-" + UUID.randomUUID();
        String id = use(key, body).then().statusCode(201)
                .body("programCode", equalTo("cinema")).body("programName", equalTo("职工观影优惠"))
                .body("amount", equalTo("35.00")).body("maskedName", equalTo("测**"))
                .body("cardLastFour", equalTo(number.substring(12)))
                .extract().path("id");
        use(key, body).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        use(key, body.replace("35.00", "36.00")).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        // the code is used up: another use is refused, a check says so
        use("use-" + UUID.randomUUID(), body).then().statusCode(422).body("code", equalTo("QR_TOKEN_USED"));
        verify("{\"qrToken\": \"" + token + "\"}").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("used"));
        assertThat(usesOfMember()).isEqualTo(1);

        // the member sees it
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/card-uses").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].programName", equalTo("职工观影优惠"))
                .body("items[0].merchant", equalTo("Test integrator"))
                .body("items[0].amount", equalTo("35.00"));
        given().auth().oauth2(member.accessToken()).header("Accept-Language", "en").when().get("/api/v1/me/card-uses")
                .then().statusCode(200).body("items[0].programName", equalTo("Cinema tickets for members"));
    }

    @Test
    void twoRequestsWithTheSameKeyAtOnceRecordOneUse() throws Exception {
        String body = "{\"programCode\": \"canteen\", \"qrToken\": \"" + qr() + "\", \"amount\": \"12.50\"}";
        String key = "together-" + UUID.randomUUID();
        List<Response> answers = AtOnce.run(() -> use(key, body), () -> use(key, body));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        assertThat(answers.get(0).jsonPath().getString("id")).isEqualTo(answers.get(1).jsonPath().getString("id"));
        assertThat(usesOfMember()).isEqualTo(1);
    }

    @Test
    void oneCodeSentByTwoTillsAtOnceServesOneBenefit() throws Exception {
        String body = "{\"programCode\": \"canteen\", \"qrToken\": \"" + qr() + "\", \"amount\": \"12.50\"}";
        List<Response> answers = AtOnce.run(() -> use("till-1-" + UUID.randomUUID(), body),
                () -> use("till-2-" + UUID.randomUUID(), body));
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 422);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 422)
                .extracting(answer -> answer.jsonPath().getString("code")).containsExactly("QR_TOKEN_USED");
        assertThat(usesOfMember()).isEqualTo(1);
    }

    @Test
    void aCardNumberVerifiesToo() {
        verify("{\"cardNumber\": \"" + number + "\"}").then().statusCode(200)
                .body("valid", equalTo(true)).body("membershipStatus", equalTo("active"));
        verify("{\"cardNumber\": \"" + CardFixtures.newCardNumber() + "\"}").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("unknown"));
        use("number-" + UUID.randomUUID(), "{\"programCode\": \"bookstore\", \"cardNumber\": \"" + number
                + "\", \"amount\": \"20.00\"}").then().statusCode(201).body("programCode", equalTo("bookstore"));
    }

    @Test
    void badRequestsAreAnsweredPrecisely() {
        verify("{}").then().statusCode(400).body("errors.code", hasItem("QR_TOKEN_OR_CARD_NUMBER"));
        verify("{\"qrToken\": \"" + qr() + "\", \"cardNumber\": \"" + number + "\"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        verify("{\"cardNumber\": \"1234\"}").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        use("bad-" + UUID.randomUUID(), "{\"programCode\": \"no-such-thing\", \"cardNumber\": \"" + number
                + "\", \"amount\": \"20.00\"}").then().statusCode(422).body("code", equalTo("BENEFIT_PROGRAMME_UNKNOWN"));
        use("bad-" + UUID.randomUUID(), "{\"programCode\": \"cinema\", \"cardNumber\": \"" + number
                + "\", \"amount\": \"0.00\"}").then().statusCode(400).body("errors.code", hasItem("NOT_POSITIVE"));
        use("bad-" + UUID.randomUUID(), "{\"programCode\": \"cinema\", \"cardNumber\": \"" + number
                + "\", \"amount\": 20.5}").then().statusCode(400);
        // a use by card number has nothing else to tell a retry from a second use: the key is required
        given().auth().oauth2(merchant).contentType(ContentType.JSON)
                .body("{\"programCode\": \"cinema\", \"cardNumber\": \"" + number + "\", \"amount\": \"20.00\"}")
                .when().post("/api/v1/integrations/benefit-uses").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        assertThat(usesOfMember()).isZero();
    }

    @Test
    void aUseAtTheMomentTheCardIsReportedLostIsRefused() throws Exception {
        String body = "{\"programCode\": \"cinema\", \"cardNumber\": \"" + number + "\", \"amount\": \"20.00\"}";
        try (Connection lossReport = TestDatabase.database().connect()) {
            lossReport.setAutoCommit(false);
            try (Statement sql = lossReport.createStatement()) {
                sql.executeUpdate("UPDATE member_cards SET status = 'lost' WHERE member_id = '" + member.memberId()
                        + "' AND status = 'active'");
            }
            CompletableFuture<Response> till = CompletableFuture.supplyAsync(() -> use("lost-" + UUID.randomUUID(), body));
            // the till reaches the card while the loss report still holds it
            Thread.sleep(500);
            lossReport.commit();
            till.get(30, TimeUnit.SECONDS).then().statusCode(422).body("code", equalTo("CARD_INACTIVE"));
        }
        assertThat(usesOfMember()).isZero();
    }

    @Test
    void onlyMerchantsVerifyAndOnlyTheBankReadsOrders() {
        given().auth().oauth2(bank).contentType(ContentType.JSON).body("{\"cardNumber\": \"" + number + "\"}")
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(403);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"cardNumber\": \"" + number + "\"}")
                .when().post("/api/v1/integrations/benefit-uses").then().statusCode(403);
        given().auth().oauth2(merchant).when().get("/api/v1/integrations/card-orders").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"cardNumber\": \"" + number + "\"}")
                .when().post("/api/v1/integrations/card-verifications").then().statusCode(401);
        given().auth().oauth2(merchant).when().get("/api/v1/me/card-qr").then().statusCode(403);
    }

    private String qr() {
        return given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/card-qr").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .extract().path("qrToken");
    }

    private Response verify(String body) {
        return given().auth().oauth2(merchant).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/integrations/card-verifications");
    }

    private Response use(String key, String body) {
        return given().auth().oauth2(merchant).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/integrations/benefit-uses");
    }

    private long usesOfMember() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM benefit_uses WHERE member_id = :member")
                .setParameter("member", member.memberId()).getSingleResult()).longValue());
    }
}
