package cn.gonghui.platform.idempotency;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets idempotency keys after their retention period. Several instances may run this at the
 * same time: deleting what is already deleted does no harm.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeyExpiry(IdempotencyStore store, Clock clock,
            @ConfigProperty(name = "gonghui.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "{gonghui.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    @BackgroundWork
    @Transactional
    public int purgeExpired() {
        int deleted = store.deleteCreatedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            LOG.debugf("Forgot %d expired idempotency keys", deleted);
        }
        return deleted;
    }
}
