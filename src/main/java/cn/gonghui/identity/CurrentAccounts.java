package cn.gonghui.identity;

import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.security.Subject;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Holds every officer's and integrator's token against the account as it is now, on every request
 * that authenticates: an officer's token must name the officer's current token version (disabling,
 * a new role or streets, a password reset move it on), an integrator's client must still be
 * enabled. Without this a changed account would keep its old rights for the rest of its access
 * token's 15 minutes. One primary-key (or unique-key) lookup through plain JDBC, off the event loop.
 *
 * <p>An officer working the queue would pay that lookup, a connection and a round trip of its own,
 * before every read. So a good answer is kept for {@link #KEPT} and dropped the moment the account
 * changes: the database announces every change of the columns the check reads (a trigger, V99) to
 * every instance's listener, this instance drops it when its own change commits, and a listener that
 * lost its connection drops every answer. Only good answers are kept: a refused token is asked again.
 */
@ApplicationScoped
public class CurrentAccounts implements SecurityIdentityAugmentor {

    private static final String OFFICER = "SELECT 1 FROM officers WHERE id = ? AND token_version = ? AND enabled "
            + "AND NOT password_change_required";
    private static final String INTEGRATOR = "SELECT 1 FROM integrator_clients WHERE client_id = ? AND enabled";

    /** The most a good answer is kept if an announcement were lost without the listener noticing. */
    static final Duration KEPT = Duration.ofSeconds(30);
    private static final String ANNOUNCED = "account:";
    private static final String OFFICER_KEY = "officer:";
    private static final String INTEGRATOR_KEY = "integrator:";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    /** Officer id to the token version found current, integrator client id to 0. */
    private final Cache<String, Long> current = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(KEPT)
            .build();

    public CurrentAccounts(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object kind = token.getClaim(Subject.KIND_CLAIM);
        String kindName = kind == null ? "" : kind.toString().replace("\"", "");
        if (Subject.Kind.OFFICER.claim().equals(kindName)) {
            Long version = number(token.getClaim(Subject.TOKEN_VERSION_CLAIM));
            UUID id = uuid(token.getSubject());
            // a token without a version predates the check: treated as stale, its officer signs in again
            if (version == null || id == null) {
                return Uni.createFrom().failure(stale());
            }
            return checked(identity, context, OFFICER_KEY + id, version, () -> exists(OFFICER, id, version));
        }
        if (Subject.Kind.INTEGRATOR.claim().equals(kindName)) {
            return checked(identity, context, INTEGRATOR_KEY + token.getSubject(), 0L,
                    () -> exists(INTEGRATOR, token.getSubject(), null));
        }
        return Uni.createFrom().item(identity);
    }

    /** The kept answer when there is one, else the database's, off the event loop. */
    private Uni<SecurityIdentity> checked(SecurityIdentity identity, AuthenticationRequestContext context, String key,
            long version, Check check) {
        Long known = current.getIfPresent(key);
        if (known != null && known == version) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            // asked inside the cache's computation: a change committing meanwhile waits for it and then
            // drops what it stored, so an answer read before a change never outlives it
            boolean[] good = {false};
            current.asMap().compute(key, (k, kept) -> {
                good[0] = kept != null && kept == version || check.current();
                // a refused older token leaves the answer kept for the current one where it is
                return good[0] ? Long.valueOf(version) : kept;
            });
            if (!good[0]) {
                throw stale();
            }
            return identity;
        });
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

    /**
     * Within a transaction that changes the officer's rights: this instance forgets the kept answer
     * when it commits (or rolls back), without waiting for the database's announcement to come round.
     */
    public void officerChanging(UUID officerId) {
        forgetAtCompletion(OFFICER_KEY + officerId);
    }

    /** {@link #officerChanging} for an integrator's client. */
    public void integratorChanging(String clientId) {
        forgetAtCompletion(INTEGRATOR_KEY + clientId);
    }

    private void forgetAtCompletion(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                current.invalidate(key);
            }
        });
    }

    void announced(@Observes ReferenceDataChanged change) {
        if (ReferenceDataChanged.EVERYTHING.equals(change.kind())) {
            current.invalidateAll();
        } else if (change.kind().startsWith(ANNOUNCED)) {
            current.invalidate(change.kind().substring(ANNOUNCED.length()));
        }
    }

    private static AuthenticationFailedException stale() {
        return new AuthenticationFailedException("The account changed since this token was issued");
    }

    @FunctionalInterface
    private interface Check {
        boolean current();
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
