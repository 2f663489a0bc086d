package cn.gonghui.attachment;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps uploaded documents no longer than needed: the attachments of applications closed longer
 * ago than their retention, and uploads that no application ever named. Deleting twice does no
 * harm, and rows are taken with {@code SKIP LOCKED}, so several instances may run this at once.
 */
@ApplicationScoped
@Startup
public class AttachmentRetention {

    private static final Logger LOG = Logger.getLogger(AttachmentRetention.class);
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final AttachmentStore store;
    private final Clock clock;
    private final Duration attachmentRetention;
    private final Duration unusedUploadRetention;

    public AttachmentRetention(EntityManager entityManager, AttachmentStore store, Clock clock,
            @ConfigProperty(name = "gonghui.privacy.attachment-retention") Duration attachmentRetention,
            @ConfigProperty(name = "gonghui.privacy.unused-upload-retention") Duration unusedUploadRetention) {
        this.entityManager = entityManager;
        this.store = store;
        this.clock = clock;
        this.attachmentRetention = attachmentRetention;
        this.unusedUploadRetention = unusedUploadRetention;
    }

    @Scheduled(cron = "{gonghui.privacy.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyOnSchedule() {
        int attachments = deleteExpiredAttachments();
        if (attachments > 0) {
            LOG.infof("Retention removed %d attachments", attachments);
        }
    }

    /**
     * Attachments whose every application closed before the retention period, and uploads that no
     * application ever named. The row goes first; a file whose deletion fails is an orphan of no
     * one's, encrypted under a key that went with the row.
     */
    @BackgroundWork
    @Transactional
    public int deleteExpiredAttachments() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> expired = entityManager.createNativeQuery("""
                SELECT at.id, at.storage_key FROM attachments at
                 WHERE (EXISTS (SELECT 1 FROM application_attachments aa WHERE aa.attachment_id = at.id)
                        AND NOT EXISTS (SELECT 1 FROM application_attachments aa JOIN applications a ON a.id = aa.application_id
                                         WHERE aa.attachment_id = at.id
                                           AND (a.closed_at IS NULL OR a.closed_at > :closedBefore)))
                    OR (NOT EXISTS (SELECT 1 FROM application_attachments aa WHERE aa.attachment_id = at.id)
                        AND at.owner_member_id IS NOT NULL AND at.created_at < :uploadedBefore)
                 ORDER BY at.id LIMIT :batch
                   FOR UPDATE SKIP LOCKED""")
                .setParameter("closedBefore", now.minus(attachmentRetention))
                .setParameter("uploadedBefore", now.minus(unusedUploadRetention))
                .setParameter("batch", BATCH)
                .getResultList();
        for (Object[] row : expired) {
            UUID id = (UUID) row[0];
            entityManager.createNativeQuery("DELETE FROM application_attachments WHERE attachment_id = :id")
                    .setParameter("id", id).executeUpdate();
            entityManager.createNativeQuery("DELETE FROM attachments WHERE id = :id").setParameter("id", id).executeUpdate();
            try {
                store.delete((String) row[1]);
            } catch (IOException e) {
                LOG.warnf("Could not delete the file of expired attachment %s", id);
            }
        }
        return expired.size();
    }
}
