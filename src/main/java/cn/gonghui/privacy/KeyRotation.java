package cn.gonghui.privacy;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves encrypted values to the current key after a rotation, without downtime: the service keeps
 * reading values of every configured key, while this job rewrites the old ones in small batches.
 * Each batch locks its rows with {@code SKIP LOCKED}, so several instances share the work. Whole
 * files sealed in a column (the rosters of unfinished imports) move the same way, one a transaction.
 * Once no value of an old key is left, that key can be removed from the configuration.
 */
@ApplicationScoped
public class KeyRotation {

    /** A column holding {@link FieldCipher} values, and the purpose they were sealed for. */
    record EncryptedColumn(String table, String column, String purpose) {
    }

    /** Every encrypted column of the database; a new one is added here. */
    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("members", "id_number_cipher", "member.id_number"),
            new EncryptedColumn("members", "phone_cipher", "member.phone"),
            new EncryptedColumn("applications", "form_sensitive", "application.form"),
            new EncryptedColumn("attachments", "filename_cipher", "attachment.filename"),
            new EncryptedColumn("attachments", "wrapped_key", "attachment.key"),
            new EncryptedColumn("hardship_files", "household_cipher", "hardship.household"),
            new EncryptedColumn("hardship_offers", "form_sensitive", "hardship.offer.form"),
            new EncryptedColumn("member_cards", "card_number_cipher", "card.number"),
            new EncryptedColumn("webhook_subscriptions", "secret_cipher", "webhook.secret"),
            new EncryptedColumn("webhook_subscriptions", "previous_secret_cipher", "webhook.secret"));

    /**
     * Columns holding whole files sealed with {@link FieldCipher#encryptBytes} ({@code <keyId>:} in
     * ASCII, then iv, ciphertext and tag): the rosters waiting for, or in the middle of, their import.
     */
    static final List<EncryptedColumn> FILE_COLUMNS = List.of(
            new EncryptedColumn("roster_imports", "file_cipher", "roster.file"));

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    private static final int BATCH = 200;
    /** A roster may be 10 MB: one file a transaction keeps the job's memory and its row lock small. */
    private static final int FILE_BATCH = 1;

    private final EntityManager entityManager;
    private final FieldCipher cipher;
    private final PrivacyKeys keys;

    public KeyRotation(EntityManager entityManager, FieldCipher cipher, PrivacyKeys keys) {
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.keys = keys;
    }

    @Scheduled(every = "{gonghui.privacy.rotation-every}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rotateOnSchedule() {
        int moved = rotateAll();
        if (moved > 0) {
            LOG.infof("Moved %d encrypted values to key %s", moved, keys.currentKeyId());
        }
    }

    /** Rewrites every value of an old key, batch by batch; returns how many it moved. */
    public int rotateAll() {
        int moved = 0;
        for (EncryptedColumn column : COLUMNS) {
            int batch;
            do {
                batch = rotateBatch(column);
                moved += batch;
            } while (batch == BATCH);
        }
        for (EncryptedColumn column : FILE_COLUMNS) {
            int batch;
            do {
                batch = rotateFileBatch(column);
                moved += batch;
            } while (batch == FILE_BATCH);
        }
        return moved + encryptLegacyFilenames();
    }

    @BackgroundWork
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int rotateBatch(EncryptedColumn column) {
        @SuppressWarnings("unchecked")
        List<Object[]> stale = entityManager.createNativeQuery("SELECT id, " + column.column() + " FROM " + column.table()
                        + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE :current"
                        + " ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter("current", keys.currentKeyId() + ":%")
                .getResultList();
        for (Object[] row : stale) {
            String resealed = cipher.encrypt(column.purpose(), cipher.decrypt(column.purpose(), (String) row[1]));
            update(column.table(), column.column(), (UUID) row[0], resealed);
        }
        return stale.size();
    }

    /**
     * Files of an old key, as {@link #rotateBatch} does values: locked with {@code SKIP LOCKED} (a file
     * another instance is moving, or whose import is committing a batch, is left for the next round),
     * compared by the key id at the head of the bytes.
     */
    @BackgroundWork
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int rotateFileBatch(EncryptedColumn column) {
        byte[] current = (keys.currentKeyId() + ":").getBytes(StandardCharsets.US_ASCII);
        @SuppressWarnings("unchecked")
        List<Object[]> stale = entityManager.createNativeQuery("SELECT id, " + column.column() + " FROM " + column.table()
                        + " WHERE " + column.column() + " IS NOT NULL AND substring(" + column.column()
                        + " FROM 1 FOR " + current.length + ") <> :current"
                        + " ORDER BY id LIMIT " + FILE_BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter("current", current)
                .getResultList();
        for (Object[] row : stale) {
            byte[] resealed = cipher.encryptBytes(column.purpose(), cipher.decryptBytes(column.purpose(), (byte[]) row[1]));
            entityManager.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = :value WHERE id = :id")
                    .setParameter("value", resealed)
                    .setParameter("id", row[0])
                    .executeUpdate();
        }
        return stale.size();
    }

    /** Attachment names written before they were encrypted. */
    @BackgroundWork
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int encryptLegacyFilenames() {
        @SuppressWarnings("unchecked")
        List<Object[]> legacy = entityManager.createNativeQuery("SELECT id, filename FROM attachments "
                + "WHERE filename IS NOT NULL ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED").getResultList();
        for (Object[] row : legacy) {
            entityManager.createNativeQuery("UPDATE attachments SET filename_cipher = :sealed, filename = NULL WHERE id = :id")
                    .setParameter("sealed", cipher.encrypt("attachment.filename", (String) row[1]))
                    .setParameter("id", row[0])
                    .executeUpdate();
        }
        return legacy.size();
    }

    private void update(String table, String column, UUID id, String value) {
        entityManager.createNativeQuery("UPDATE " + table + " SET " + column + " = :value WHERE id = :id")
                .setParameter("value", value)
                .setParameter("id", id)
                .executeUpdate();
    }
}
