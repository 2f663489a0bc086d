package cn.gonghui.identity;

import cn.gonghui.security.Subject;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Holds every officer's and integrator's token against the account as it is now, on every request
 * that authenticates: an officer's token must name the officer's current token version (disabling,
 * a new role or streets, a password reset move it on), an integrator's client must still be
 * enabled. Without this a changed account would keep its old rights for the rest of its access
 * token's 15 minutes. One primary-key (or unique-key) lookup through plain JDBC, off the event loop.
 */
@ApplicationScoped
public class CurrentAccounts implements SecurityIdentityAugmentor {

    private static final String OFFICER = "SELECT 1 FROM officers WHERE id = ? AND token_version = ? AND enabled "
            + "AND NOT password_change_required";
    private static final String INTEGRATOR = "SELECT 1 FROM integrator_clients WHERE client_id = ? AND enabled";

    private final DataSource dataSource;

    public CurrentAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object kind = token.getClaim(Subject.KIND_CLAIM);
        String kindName = kind == null ? "" : kind.toString().replace("\"", "");
        if (Subject.Kind.OFFICER.claim().equals(kindName)) {
            return context.runBlocking(() -> current(identity, officerIsCurrent(token)));
        }
        if (Subject.Kind.INTEGRATOR.claim().equals(kindName)) {
            return context.runBlocking(() -> current(identity, exists(INTEGRATOR, token.getSubject(), null)));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean officerIsCurrent(JsonWebToken token) {
        Long version = number(token.getClaim(Subject.TOKEN_VERSION_CLAIM));
        UUID id = uuid(token.getSubject());
        // a token without a version predates the check: treated as stale, its officer signs in again
        return version != null && id != null && exists(OFFICER, id, version);
    }

    private boolean exists(String sql, Object key, Long version) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            if (version != null) {
                statement.setLong(2, version);
            }
            try (ResultSet found = statement.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the caller's account", e);
        }
    }

    private static SecurityIdentity current(SecurityIdentity identity, boolean current) {
        if (!current) {
            throw new AuthenticationFailedException("The account changed since this token was issued");
        }
        return identity;
    }

    private static Long number(Object claim) {
        if (claim instanceof JsonNumber json) {
            return json.longValue();
        }
        return claim instanceof Number number ? number.longValue() : null;
    }

    private static UUID uuid(String subject) {
        try {
            return subject == null ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
