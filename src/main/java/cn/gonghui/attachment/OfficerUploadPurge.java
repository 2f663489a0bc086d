package cn.gonghui.attachment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files officers uploaded for a document or a cover and that nothing uses once they are older than
 * {@code gonghui.attachments.unused-officer-upload-retention}: removed by one DELETE whose condition
 * is the whole rule, so instances running it at once delete each row once. A file named while it is
 * being purged is kept by the foreign key of its user, which fails the purge, retried at its next run.
 */
@ApplicationScoped
public class OfficerUploadPurge {

    private static final Logger LOG = Logger.getLogger(OfficerUploadPurge.class);

    private final EntityManager entityManager;
    private final AttachmentStore store;
    private final Instance<OfficerUploadUses> uses;
    private final Clock clock;
    private final Duration retention;

    public OfficerUploadPurge(EntityManager entityManager, AttachmentStore store, @Any Instance<OfficerUploadUses> uses,
            Clock clock,
            @ConfigProperty(name = "gonghui.attachments.unused-officer-upload-retention") Duration retention) {
        this.entityManager = entityManager;
        this.store = store;
        this.uses = uses;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "{gonghui.attachments.officer-upload-purge-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purgeUnused();
        if (purged > 0) {
            LOG.infof("Removed %d officer uploads nothing used", purged);
        }
    }

    /** Removes the unused officer uploads older than the retention; answers how many. */
    @Transactional
    public int purgeUnused() {
        String unused = StreamSupport.stream(uses.spliterator(), false)
                .map(use -> " AND NOT (" + use.usesCondition() + ")").collect(Collectors.joining());
        @SuppressWarnings("unchecked")
        List<String> storageKeys = entityManager.createNativeQuery("""
                        DELETE FROM attachments at
                         WHERE at.owner_officer_id IS NOT NULL AND at.created_at < :uploadedBefore""" + unused + """

                        RETURNING at.storage_key""")
                .setParameter("uploadedBefore", clock.instant().minus(retention))
                .getResultList();
        for (String key : storageKeys) {
            try {
                store.delete(key);
            } catch (IOException e) {
                // the row is gone, and with it the key the file was encrypted under
                LOG.warnf("Could not delete the file %s of an unused officer upload", key);
            }
        }
        return storageKeys.size();
    }
}
