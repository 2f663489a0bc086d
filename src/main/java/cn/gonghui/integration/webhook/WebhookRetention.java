package cn.gonghui.integration.webhook;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets webhook deliveries that ended (delivered, or given up after the last retry) once they are
 * older than {@code gonghui.webhooks.retention}, and then the events no delivery names any more. A
 * pending delivery is never removed, however old. Running on several instances at once is harmless:
 * the second delete finds nothing left.
 */
@ApplicationScoped
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final WebhookSettings settings;

    public WebhookRetention(EntityManager entityManager, Clock clock, WebhookSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(cron = "{gonghui.webhooks.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        Purged purged = purge();
        if (purged.deliveries() > 0 || purged.events() > 0) {
            LOG.infof("Webhook retention removed %d deliveries and %d events", purged.deliveries(), purged.events());
        }
    }

    /** How many ended deliveries and unreferenced events one purge removed. */
    public record Purged(int deliveries, int events) {
    }

    @BackgroundWork
    @Transactional
    public Purged purge() {
        Instant before = clock.instant().minus(settings.retention());
        int deliveries = entityManager.createNativeQuery(
                        "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND created_at < :before")
                .setParameter("before", before).executeUpdate();
        int events = entityManager.createNativeQuery("""
                        DELETE FROM webhook_events e WHERE e.occurred_at < :before
                        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)""")
                .setParameter("before", before).executeUpdate();
        return new Purged(deliveries, events);
    }
}
