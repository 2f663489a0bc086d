package cn.gonghui.identity.token;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.keys.KeyLocations;
import cn.gonghui.security.Subject;
import cn.gonghui.security.TokenKeyLocations;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens: RS256 with the configured key, its key id in the header so keys can
 * rotate, issuer and audience from configuration, and the subject's groups and scope claims.
 */
@ApplicationScoped
public class AccessTokens {

    private final Clock clock;
    private final TokenSettings settings;
    private final String keyId;

    public AccessTokens(Clock clock, TokenSettings settings, TokenKeyLocations keys) {
        this.clock = clock;
        this.settings = settings;
        this.keyId = keyIdOf(keys.signingKey());
    }

    /** A signed token; {@code session} is the refresh family it belongs to, if any. */
    public String issue(Subject subject, UUID session) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.subject(subject.id())
                .groups(new HashSet<>(subject.groups()))
                .claim(Subject.KIND_CLAIM, subject.kind().claim())
                .issuedAt(now)
                .expiresAt(now.plus(settings.accessLifetime()))
                .claim("jti", Ids.newId().toString());
        if (session != null) {
            claims.claim(Subject.SESSION_CLAIM, session.toString());
        }
        subject.claims().forEach(claims::claim);
        return claims.jws().keyId(keyId).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign();
    }

    public long lifetimeSeconds() {
        return settings.accessLifetime().toSeconds();
    }

    public String keyId() {
        return keyId;
    }

    private static String keyIdOf(String signingKeyLocation) {
        try {
            String keyId = PublicJsonWebKey.Factory.newPublicJwk(KeyLocations.read(signingKeyLocation)).getKeyId();
            if (keyId == null || keyId.isBlank()) {
                throw new IllegalStateException("The signing key at " + signingKeyLocation + " has no kid");
            }
            return keyId;
        } catch (JoseException e) {
            throw new IllegalStateException("The signing key at " + signingKeyLocation + " is not a private JWK", e);
        }
    }
}
