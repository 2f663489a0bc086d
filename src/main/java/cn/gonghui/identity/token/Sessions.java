package cn.gonghui.identity.token;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.security.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;

/**
 * Login sessions of members and officers, as families of refresh tokens. A refresh uses up its
 * token and hands out the next one; presenting a used token again means it was copied, so the
 * whole family is revoked (the thief and the owner both have to log in again).
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokens accessTokens;
    private final TokenSettings settings;
    private final Clock clock;

    public Sessions(AccessTokens accessTokens, TokenSettings settings, Clock clock) {
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a session for a subject that just proved who it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenPair start(Subject subject) {
        SessionFamily family = new SessionFamily();
        family.id = Ids.newId();
        family.subjectKind = subject.kind().claim();
        family.subjectId = UUID.fromString(subject.id());
        family.createdAt = clock.instant();
        family.persist();
        return issue(family, subject);
    }

    /**
     * Rotates a refresh token. {@code currentSubject} re-reads the subject, so roles and streets
     * changed since the login take effect, and a disabled account ends here.
     */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public TokenPair refresh(String presented, Function<SessionFamily, Subject> currentSubject) {
        RefreshToken token = RefreshToken.<RefreshToken>find("tokenHash", hash(presented))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new ApiProblem(401, "REFRESH_TOKEN_INVALID"));
        SessionFamily family = token.family;
        Instant now = clock.instant();
        if (family.isRevoked()) {
            throw new ApiProblem(401, "SESSION_REVOKED");
        }
        if (token.usedAt != null) {
            revoke(family, "reuse", now);
            throw new ApiProblem(401, "REFRESH_TOKEN_REUSED");
        }
        if (!token.expiresAt.isAfter(now)) {
            throw new ApiProblem(401, "REFRESH_TOKEN_EXPIRED");
        }
        token.usedAt = now;
        return issue(family, currentSubject.apply(family));
    }

    /** Ends a session: its refresh tokens stop working at once, its access tokens when they expire. */
    @Transactional
    public void end(UUID sessionId) {
        SessionFamily family = SessionFamily.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (family != null && !family.isRevoked()) {
            revoke(family, "logout", clock.instant());
        }
    }

    /** Ends every session of a subject at once, e.g. of a member being erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAll(Subject.Kind kind, UUID subjectId, String why) {
        SessionFamily.update("revokedAt = ?1, revokedWhy = ?2 "
                + "where subjectKind = ?3 and subjectId = ?4 and revokedAt is null", clock.instant(), why, kind.claim(),
                subjectId);
    }

    private TokenPair issue(SessionFamily family, Subject subject) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken stored = new RefreshToken();
        stored.id = Ids.newId();
        stored.family = family;
        stored.tokenHash = hash(refreshToken);
        stored.issuedAt = clock.instant();
        stored.expiresAt = stored.issuedAt.plus(settings.refreshLifetime());
        stored.persist();
        return new TokenPair(accessTokens.issue(subject, family.id), refreshToken, accessTokens.lifetimeSeconds(),
                family.id);
    }

    private static void revoke(SessionFamily family, String why, Instant now) {
        family.revokedAt = now;
        family.revokedWhy = why;
    }

    static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
