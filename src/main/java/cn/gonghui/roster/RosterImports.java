package cn.gonghui.roster;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.i18n.Messages;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.roster.RosterImportViews.ImportView;
import cn.gonghui.roster.RosterImportViews.RowError;
import cn.gonghui.security.DataScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Street officers' roster imports: an upload becomes a job (the same file for the same street is the
 * same job, by its SHA-256), its file kept encrypted in the database until a worker has imported it
 * ({@link RosterImportWorker}); and the job's progress, seen only within the officer's streets.
 */
@ApplicationScoped
public class RosterImports {

    private final EntityManager entityManager;
    private final StreetQueries streets;
    private final FieldCipher cipher;
    private final Messages messages;
    private final RosterSettings settings;
    private final Clock clock;

    public RosterImports(EntityManager entityManager, StreetQueries streets, FieldCipher cipher, Messages messages,
            RosterSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.streets = streets;
        this.cipher = cipher;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** A street of the caller's, by code; another street, or none of that code, is a 404. */
    public StreetRef streetInScope(DataScope scope, String streetCode) {
        return streets.byCode(streetCode).filter(street -> reaches(scope, street.id()))
                .orElseThrow(() -> ApiProblem.notFound("STREET_NOT_FOUND", streetCode));
    }

    /** Queues the roster for the street, or finds the job that already has this file for it. */
    public ImportView upload(DataScope scope, UUID officerId, String streetCode, FileUpload file, Locale locale) {
        StreetRef street = streetInScope(scope, streetCode);
        if (file == null || file.size() == 0) {
            throw ApiProblem.unprocessable("ROSTER_FILE_INVALID");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
        int rows = countRows(bytes);
        String hash = sha256(bytes);
        String fileName = file.fileName() == null ? null : truncate(file.fileName().strip(), 255);
        UUID id = QuarkusTransaction.requiringNew().call(() -> queue(street.id(), officerId, hash, fileName, bytes, rows));
        return view(scope, id, locale);
    }

    private UUID queue(UUID streetId, UUID officerId, String hash, String fileName, byte[] bytes, int rows) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                        INSERT INTO roster_imports (id, street_id, officer_id, content_hash, file_name, file_cipher,
                                                    status, rows_total, created_at, updated_at)
                        VALUES (:id, :street, :officer, :hash, :name, :file, :queued, :rows, :now, :now)
                        ON CONFLICT ON CONSTRAINT roster_imports_street_content DO NOTHING""")
                .setParameter("id", Ids.newId()).setParameter("street", streetId)
                .setParameter("officer", officerId).setParameter("hash", hash).setParameter("name", fileName)
                .setParameter("file", cipher.encryptBytes(RosterImportWorker.FILE_PURPOSE, bytes))
                .setParameter("queued", ImportStatus.QUEUED.code()).setParameter("rows", rows).setParameter("now", now)
                .executeUpdate();
        return (UUID) entityManager.createNativeQuery(
                        "SELECT id FROM roster_imports WHERE street_id = :street AND content_hash = :hash", UUID.class)
                .setParameter("street", streetId).setParameter("hash", hash).getSingleResult();
    }

    /** The job with its counters and its first refused rows; outside the caller's streets a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportView view(DataScope scope, UUID id, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("""
                        SELECT id, street_id, status, file_name, rows_total, rows_processed, rows_created, rows_updated,
                               rows_rejected, failure, created_at, finished_at
                          FROM roster_imports WHERE id = :id""")
                .setParameter("id", id).getResultList();
        Object[] job = found.stream().filter(row -> reaches(scope, (UUID) row[1])).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("ROSTER_IMPORT_NOT_FOUND", id));
        @SuppressWarnings("unchecked")
        List<Object[]> errors = entityManager.createNativeQuery("""
                        SELECT row_number, column_name, code FROM roster_import_errors WHERE import_id = :id
                         ORDER BY row_number, column_name LIMIT :limit""")
                .setParameter("id", id).setParameter("limit", RosterImportViews.ERRORS_SHOWN).getResultList();
        List<RowError> rowErrors = errors.stream().map(error -> new RowError(((Number) error[0]).intValue(),
                (String) error[1], (String) error[2],
                messages.find(locale, "field." + error[2]).orElse((String) error[2]))).toList();
        return new ImportView((UUID) job[0], streets.viewOf((UUID) job[1]).orElse(null),
                cn.gonghui.platform.state.Coded.ofCode(ImportStatus.class, (String) job[2]).code(), (String) job[3],
                number(job[4]), number(job[5]), number(job[6]), number(job[7]), number(job[8]), rowErrors,
                (String) job[9], instant(job[10]), instant(job[11]));
    }

    private int countRows(byte[] bytes) {
        int rows = 0;
        try (RosterSheet sheet = RosterSheet.open(bytes)) {
            while (sheet.next().isPresent()) {
                rows++;
                if (rows > settings.maxRows()) {
                    throw ApiProblem.invalidField(422, "ROSTER_FILE_INVALID", "file", "TOO_MANY_ROWS");
                }
            }
        }
        return rows;
    }

    static boolean reaches(DataScope scope, UUID streetId) {
        return scope instanceof DataScope.Everything
                || scope instanceof DataScope.Streets streets && streets.ids().contains(streetId);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant instant ? instant : ((java.time.OffsetDateTime) value).toInstant();
    }
}
