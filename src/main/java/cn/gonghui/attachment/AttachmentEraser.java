package cn.gonghui.attachment;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An erased member's documents go entirely: the rows (and the applications' links to them) with
 * the erasure's transaction, the stored files once it committed, so a rollback never leaves a row
 * whose file is gone. A file the store fails to delete is unreadable anyway: the key that opens it
 * was wrapped in the deleted row.
 */
@ApplicationScoped
public class AttachmentEraser implements PersonalDataEraser {

    private static final Logger LOG = Logger.getLogger(AttachmentEraser.class);

    private final AttachmentStore store;
    private final TransactionSynchronizationRegistry transaction;
    private final EntityManager entityManager;

    public AttachmentEraser(AttachmentStore store, TransactionSynchronizationRegistry transaction,
            EntityManager entityManager) {
        this.store = store;
        this.transaction = transaction;
        this.entityManager = entityManager;
    }

    @Override
    public void erase(UUID memberId) {
        List<String> keys = Attachment.<Attachment>list("ownerMemberId", memberId).stream()
                .map(attachment -> attachment.storageKey).toList();
        if (keys.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                DELETE FROM application_attachments
                 WHERE attachment_id IN (SELECT id FROM attachments WHERE owner_member_id = :member)""")
                .setParameter("member", memberId)
                .executeUpdate();
        Attachment.delete("ownerMemberId", memberId);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    keys.forEach(AttachmentEraser.this::deleteFile);
                }
            }
        });
    }

    private void deleteFile(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not delete the file of an erased attachment (%s); it cannot be decrypted any more",
                    key);
        }
    }
}
