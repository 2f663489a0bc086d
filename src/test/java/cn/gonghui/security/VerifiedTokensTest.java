package cn.gonghui.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.testing.Counting;
import cn.gonghui.testing.TestAccounts;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications), Clock.systemUTC());
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
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications), Clock.systemUTC());
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
        // a token the service issued, fresh, so SmallRye JWT accepts it on its own clock whenever it is asked;
        // the kept verifications are judged on a clock the test moves, from the token's own times
        String token = TestAccounts.newMember().accessToken();
        JsonWebToken claims = smallRye.parseOnly(token);
        Instant issued = Instant.ofEpochSecond(claims.getIssuedAtTime());
        Instant expires = Instant.ofEpochSecond(claims.getExpirationTime());
        MovingClock clock = new MovingClock(issued);
        VerifiedTokens tokens = new VerifiedTokens(counting(smallRye, verifications), clock);

        tokens.parse(token);
        clock.moveTo(expires.minusSeconds(1));
        tokens.parse(token);
        assertThat(verifications.get()).as("known while it is valid").isEqualTo(1);

        clock.moveTo(expires.plusSeconds(1));
        tokens.parse(token);
        assertThat(verifications.get()).as("past its expiry a token is not known any more").isEqualTo(2);
    }

    /** A clock the test sets. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void moveTo(Instant later) {
            now = later;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }

    private static JWTParser counting(JWTParser real, AtomicInteger calls) {
        return Counting.calls(JWTParser.class, real, "parse", calls);
    }
}
