package cn.gonghui.privacy;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the audit trail no longer than needed: events past their retention go (never less than
 * six months, which the database enforces as well). Each capability ages out its own personal
 * data (e.g. {@code attachment.AttachmentRetention}). Deleting twice does no harm, so several
 * instances may run this at once.
 */
@ApplicationScoped
@Startup
public class Retention {

    static final Duration MINIMUM_AUDIT_RETENTION = Duration.ofDays(183);
    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration auditRetention;

    public Retention(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "gonghui.privacy.audit-retention") Duration auditRetention) {
        if (auditRetention.compareTo(MINIMUM_AUDIT_RETENTION) < 0) {
            throw new IllegalStateException("gonghui.privacy.audit-retention must be at least six months");
        }
        this.entityManager = entityManager;
        this.clock = clock;
        this.auditRetention = auditRetention;
    }

    @Scheduled(cron = "{gonghui.privacy.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyOnSchedule() {
        int events = deleteExpiredAuditEvents();
        if (events > 0) {
            LOG.infof("Retention removed %d audit events", events);
        }
    }

    @BackgroundWork
    @Transactional
    public int deleteExpiredAuditEvents() {
        return entityManager.createNativeQuery("DELETE FROM audit_events WHERE at < :before")
                .setParameter("before", clock.instant().minus(auditRetention))
                .executeUpdate();
    }
}
