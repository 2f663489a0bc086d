package cn.gonghui.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each access token once, not on every request that carries it. Checking an RS256
 * signature and parsing the claims was a third of a signed-in read's CPU, and a member's phone
 * sends the same token with every request for its fifteen minutes.
 *
 * <p>A token is kept only after SmallRye JWT has verified it (signature, issuer, audience, time),
 * only under its exact text, and never past its own expiry: the same string is the same token, so
 * what was true of it stays true until it expires. What a signature cannot say (is the officer's
 * account still as it was?) is asked on every request after this, by the identity's augmentors.
 * A token refused is never kept. Everything else SmallRye JWT does goes to it unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** The most a verified token is kept, however long it still has. */
    static final Duration KEPT = Duration.ofMinutes(5);

    private final JWTParser verifier;
    /** SmallRye JWT judges a token's times on the system clock, so this does too (not the service's clock). */
    private final Clock clock;
    /**
     * The tokens of the callers of the last minutes, a few kilobytes each (the text and its parsed
     * claims): 10,000 is some 40 MB at most; past it the least recently used are verified again.
     */
    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfter(new UntilItExpires())
            .build();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    /** Around any verifier and clock: a test counts what reaches the verifier and moves the clock on. */
    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > nowSeconds()) {
            return known;
        }
        JsonWebToken checked = verifier.parse(token);
        verified.put(token, checked);
        return checked;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    /** A kept token goes when it expires, or after {@link #KEPT}, whichever is first. */
    private final class UntilItExpires implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken verified, long currentTime) {
            long left = TimeUnit.SECONDS.toNanos(verified.getExpirationTime() - nowSeconds());
            return Math.max(0, Math.min(left, KEPT.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken verified, long currentTime, long currentDuration) {
            return expireAfterCreate(token, verified, currentTime);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken verified, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
