package cn.gonghui.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.testing.Counting;
import cn.gonghui.testing.TestAccounts;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then known by its exact text until it expires; a token that fails
 * verification is never known, and every request with it is refused.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    DefaultJWTParser smallRye;

    @Inject
    JWTParser served;

    @Test
    void theServiceVerifiesTokensThroughTheKeptVerifications() {
        assertThat(served).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aTokenIsVerifiedOnceAndKnownByItsTextAfterwards() throws Exception {
        AtomicInteger verifications = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications));
        String token = TestAccounts.newMember().accessToken();

        JsonWebToken first = tokens.parse(token);
        for (int request = 0; request < 10; request++) {
            assertThat(tokens.parse(token).getSubject()).isEqualTo(first.getSubject());
        }
        assertThat(verifications.get()).as("eleven requests, one verification").isEqualTo(1);
    }

    @Test
    void aForgedTokenIsRefusedEveryTimeAndNeverKept() {
        AtomicInteger verifications = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications));
        String token = TestAccounts.newMember().accessToken();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (int request = 0; request < 3; request++) {
            assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        }
        assertThat(verifications.get()).isEqualTo(3);
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aKeptTokenIsVerifiedAgainOnceItHasExpired() throws Exception {
        AtomicInteger verifications = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications));
        Instant expiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 2);
        String token = Jwt.subject("short-lived").groups("member").claim(Subject.KIND_CLAIM, "member")
                .issuedAt(Instant.now().minusSeconds(1)).expiresAt(expiry).sign();

        tokens.parse(token);
        tokens.parse(token);
        assertThat(verifications.get()).isEqualTo(1);
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_100);

        try {
            tokens.parse(token); // within the verifier's clock skew it may still pass: what counts is that it was asked
        } catch (ParseException expired) {
            // refused by the verifier, as a token past its expiry and skew is
        }
        assertThat(verifications.get()).as("past its expiry a token is not known any more").isEqualTo(2);
    }

    private static JWTParser counting(JWTParser real, AtomicInteger calls) {
        return Counting.calls(JWTParser.class, real, "parse", calls);
    }
}
