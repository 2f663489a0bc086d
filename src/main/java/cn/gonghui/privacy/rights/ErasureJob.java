package cn.gonghui.privacy.rights;

import cn.gonghui.platform.database.BackgroundWork;
import cn.gonghui.privacy.PersonalDataEraser;
import cn.gonghui.privacy.audit.AuditContext;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Carries out deletion requests. It acts on every pending request at its next run, not at the
 * deadline: the configured period ({@code gonghui.privacy.rights.deletion-period}) is what the member is
 * promised at most, and keeping data longer than asked serves nobody. Every instance runs it; each
 * request is taken with {@code FOR UPDATE SKIP LOCKED} and erased in a transaction of its own, so
 * two instances never erase the same member at once, and a failure leaves that request pending for
 * the next run while the others go on.
 */
@ApplicationScoped
public class ErasureJob {

    private static final Logger LOG = Logger.getLogger(ErasureJob.class);

    private record Taken(UUID requestId, UUID memberId) {
    }

    private final List<PersonalDataEraser> erasers;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    public ErasureJob(@All List<PersonalDataEraser> erasers, AuditLog auditLog, EntityManager entityManager,
            Clock clock) {
        this.erasers = erasers.stream().sorted(Comparator.comparingInt(PersonalDataEraser::order)).toList();
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "{gonghui.privacy.rights.erase-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseOnSchedule() {
        eraseDue();
    }

    /** One round: erases every member with a pending request; returns how many. */
    public int eraseDue() {
        Set<UUID> failed = new HashSet<>();
        int erased = 0;
        while (true) {
            AtomicReference<Taken> attempt = new AtomicReference<>();
            try {
                Optional<Taken> done = QuarkusTransaction.requiringNew().call(() -> eraseNext(failed, attempt));
                if (done.isEmpty()) {
                    return erased;
                }
                erased++;
            } catch (RuntimeException e) {
                if (attempt.get() == null) {
                    throw e;
                }
                // rolled back: the request stays pending for the next round, this one goes on with the others
                failed.add(attempt.get().requestId());
                LOG.errorf(e, "Could not erase the member of deletion request %s; it stays pending",
                        attempt.get().requestId());
            }
        }
    }

    @BackgroundWork
    Optional<Taken> eraseNext(Set<UUID> failed, AtomicReference<Taken> attempt) {
        Optional<Taken> next = takeNext(failed);
        if (next.isEmpty()) {
            return next;
        }
        Taken taken = next.get();
        attempt.set(taken);
        // when disbursements exist, their eraser keeps them, pseudonymised (see PersonalDataEraser)
        erasers.forEach(eraser -> eraser.erase(taken.memberId()));
        Instant now = clock.instant();
        entityManager.createNativeQuery(
                        "UPDATE deletion_requests SET status = 'completed', completed_at = :now WHERE id = :id")
                .setParameter("now", now)
                .setParameter("id", taken.requestId())
                .executeUpdate();
        auditLog.record(AuditEvent.of("member_erased", "member", taken.memberId()).by(AuditContext.Who.SYSTEM)
                .details(Map.of("deletionRequest", taken.requestId().toString())));
        LOG.infof("Erased the personal data asked by deletion request %s", taken.requestId());
        return next;
    }

    private Optional<Taken> takeNext(Set<UUID> failed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, member_id FROM deletion_requests
                 WHERE status = 'pending' AND NOT (id = ANY (CAST(:failed AS uuid[])))
                 ORDER BY due_by, id
                 LIMIT 1
                   FOR UPDATE SKIP LOCKED""")
                .setParameter("failed", "{" + String.join(",", failed.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return rows.stream().findFirst().map(row -> new Taken((UUID) row[0], (UUID) row[1]));
    }
}
