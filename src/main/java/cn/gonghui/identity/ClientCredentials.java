package cn.gonghui.identity;

import cn.gonghui.identity.token.AccessTokens;
import cn.gonghui.privacy.audit.AuditContext;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for integrators: a short-lived access
 * token for the scopes asked for (all granted ones when none are asked for), no refresh token.
 */
@ApplicationScoped
public class ClientCredentials {

    /** The token response of RFC 6749 §5.1. */
    public record Granted(String accessToken, long expiresIn, String scope) {
    }

    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Subjects subjects;
    private final AccessTokens accessTokens;
    private final Clock clock;

    public ClientCredentials(PasswordHasher hasher, AuditLog audit, Subjects subjects, AccessTokens accessTokens,
            Clock clock) {
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.subjects = subjects;
        this.accessTokens = accessTokens;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Granted grant(String clientId, String clientSecret, String requestedScope) {
        IntegratorClient client = IntegratorClient.findByClientId(clientId).orElse(null);
        boolean valid = client != null ? matches(client, clientSecret) && client.enabled : decoy(clientSecret);
        AuditContext.Who who = new AuditContext.Who("integrator", clientId, Role.INTEGRATOR.claim());
        if (!valid) {
            audit.recordAlone(AuditEvent.of("login.client", "integrator", clientId).by(who)
                    .outcome(AuditEvent.Outcome.FAILURE));
            throw new OAuthError(401, "invalid_client", "Client authentication failed.");
        }
        Set<String> granted = scopes(client, requestedScope);
        audit.recordAlone(AuditEvent.of("login.client", "integrator", clientId).by(who)
                .details(java.util.Map.of("scope", String.join(" ", granted))));
        String token = accessTokens.issue(subjects.integrator(client, granted), null);
        return new Granted(token, accessTokens.lifetimeSeconds(), String.join(" ", granted));
    }

    private static Set<String> scopes(IntegratorClient client, String requested) {
        List<String> allowed = Arrays.asList(client.scopes);
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(allowed);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.strip().split("\\s+")));
        if (!allowed.containsAll(asked)) {
            throw new OAuthError(400, "invalid_scope", "The requested scope exceeds what this client was granted.");
        }
        return asked;
    }

    /** The current secret, or the one a rotation replaced while its overlap lasts. */
    private boolean matches(IntegratorClient client, String secret) {
        if (hasher.matches(secret, client.secretHash)) {
            return true;
        }
        return client.previousSecretHash != null && client.previousSecretUntil.isAfter(clock.instant())
                && hasher.matches(secret, client.previousSecretHash);
    }

    private boolean decoy(String secret) {
        hasher.matchNothing(secret);
        return false;
    }
}
