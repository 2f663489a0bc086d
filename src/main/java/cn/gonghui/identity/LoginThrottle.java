package cn.gonghui.identity;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Locks a user name after repeated failed logins, whether or not an officer has that name, so the
 * lock tells nothing about which names exist. The counts live in PostgreSQL: every instance sees
 * the same ones, and concurrent failures are counted by one atomic upsert each.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigMapping(prefix = "gonghui.login")
    public interface Settings {

        /** Failed logins in a row that lock the name. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration lockDuration();
    }

    private final EntityManager entityManager;
    private final Settings settings;
    private final Clock clock;

    public LoginThrottle(EntityManager entityManager, Settings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** When the name is locked, until when. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> lockedUntil(String username) {
        @SuppressWarnings("unchecked")
        List<Instant> until = entityManager.createNativeQuery(
                        "SELECT locked_until FROM login_attempts WHERE username = :username AND locked_until > :now",
                        Instant.class)
                .setParameter("username", username)
                .setParameter("now", clock.instant())
                .getResultList();
        return until.stream().findFirst();
    }

    /** Counts a failure; the one that reaches the limit locks the name and starts counting afresh. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(String username) {
        Instant now = clock.instant();
        Number failures = (Number) entityManager.createNativeQuery("""
                INSERT INTO login_attempts (username, failures, last_failure) VALUES (:username, 1, :now)
                ON CONFLICT (username) DO UPDATE SET failures = login_attempts.failures + 1, last_failure = :now
                RETURNING failures""")
                .setParameter("username", username)
                .setParameter("now", now)
                .getSingleResult();
        if (failures.intValue() >= settings.maxFailures()) {
            entityManager.createNativeQuery(
                            "UPDATE login_attempts SET failures = 0, locked_until = :until WHERE username = :username")
                    .setParameter("until", now.plus(settings.lockDuration()))
                    .setParameter("username", username)
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String username) {
        entityManager.createNativeQuery("DELETE FROM login_attempts WHERE username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    /** Forgets old failures of names nobody uses, so guessing names cannot fill the table forever. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @BackgroundWork
    @Transactional
    void forgetOldFailures() {
        entityManager.createNativeQuery(
                        "DELETE FROM login_attempts WHERE last_failure < :cutoff AND (locked_until IS NULL OR locked_until < :now)")
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(1)))
                .setParameter("now", clock.instant())
                .executeUpdate();
    }
}
