package cn.gonghui.roster;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.roster.RosterRowCheck.Checked;
import cn.gonghui.roster.RosterSheet.RosterRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the imports, on every instance. A worker claims one job whose lease is free
 * ({@code FOR UPDATE SKIP LOCKED}: two instances never take the same job), reads its roster as a
 * stream from the row after the job's cursor, and commits it batch by batch, each batch moving the
 * cursor and renewing the lease ({@link RosterBatch}). Stopped half-way (a crash, a restart, a
 * deploy), the job keeps its cursor; once the lease has run out any instance resumes it there, and
 * the rows of the batch that was not committed are read again. The file is dropped when the job ends.
 */
@ApplicationScoped
public class RosterImportWorker {

    static final String FILE_PURPOSE = "roster.file";
    private static final Logger LOG = Logger.getLogger(RosterImportWorker.class);

    private record Claimed(UUID id, UUID streetId, long cursor, byte[] file) {
    }

    private final EntityManager entityManager;
    private final RosterBatch batch;
    private final FieldCipher cipher;
    private final RosterSettings settings;
    private final Clock clock;
    private final String worker = UUID.randomUUID().toString();
    private volatile boolean stopping;

    public RosterImportWorker(EntityManager entityManager, RosterBatch batch, FieldCipher cipher, RosterSettings settings,
            Clock clock) {
        this.entityManager = entityManager;
        this.batch = batch;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    /** On a graceful stop the job in hand is let go after its current batch, for another instance to resume at once. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Scheduled(every = "{gonghui.roster.run-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runOnSchedule() {
        while (!stopping && work(Integer.MAX_VALUE)) {
            // the next job
        }
    }

    /**
     * Claims one job and runs at most {@code maxBatches} of its batches; false when no job was free.
     * A job left unfinished keeps its claim until the lease runs out, as after a crash.
     */
    public boolean work(int maxBatches) {
        Optional<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return false;
        }
        Claimed job = claimed.get();
        try {
            run(job, cipher.decryptBytes(FILE_PURPOSE, job.file()), maxBatches);
        } catch (RuntimeException stopped) {
            // the claim stays until its lease runs out; then a worker resumes at the cursor
            LOG.warnf("Roster import %s stopped at a batch: %s", job.id(), stopped.toString());
        }
        return true;
    }

    private void run(Claimed job, byte[] file, int maxBatches) {
        long cursor = job.cursor();
        try (RosterSheet sheet = RosterSheet.open(file)) {
            sheet.skip(cursor);
            for (int batches = 0; batches < maxBatches; batches++) {
                if (stopping) {
                    release(job.id());
                    return;
                }
                List<Checked> rows = nextBatch(sheet);
                if (rows.isEmpty()) {
                    finish(job.id(), ImportStatus.COMPLETED, null);
                    return;
                }
                long at = cursor;
                boolean committed = QuarkusTransaction.requiringNew()
                        .call(() -> batch.commit(job.id(), job.streetId(), worker, at, rows));
                if (!committed) {
                    return;
                }
                cursor += rows.size();
            }
        } catch (cn.gonghui.platform.error.ApiProblem unreadable) {
            finish(job.id(), ImportStatus.FAILED, unreadable.code());
        }
    }

    private List<Checked> nextBatch(RosterSheet sheet) {
        LocalDate today = BeijingTime.today(clock);
        List<Checked> rows = new ArrayList<>(settings.batchSize());
        while (rows.size() < settings.batchSize()) {
            Optional<RosterRow> row = sheet.next();
            if (row.isEmpty()) {
                break;
            }
            rows.add(RosterRowCheck.check(row.get(), today));
        }
        return rows;
    }

    private Optional<Claimed> claim() {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        UPDATE roster_imports
                           SET status = :running, claimed_by = :worker, lease_until = :until, updated_at = :now,
                               version = version + 1
                         WHERE id = (SELECT id FROM roster_imports
                                      WHERE status IN ('queued', 'running')
                                        AND (lease_until IS NULL OR lease_until < :now)
                                      ORDER BY created_at, id
                                      LIMIT 1
                                        FOR UPDATE SKIP LOCKED)
                     RETURNING id, street_id, rows_processed, file_cipher""")
                .setParameter("running", ImportStatus.MOVES.require(ImportStatus.QUEUED, ImportStatus.RUNNING).code())
                .setParameter("worker", worker)
                .setParameter("until", now.plus(settings.lease()))
                .setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Claimed((UUID) row[0], (UUID) row[1],
                ((Number) row[2]).longValue(), (byte[]) row[3]));
    }

    /** Ends the job, if it is still this worker's, and drops its file. */
    private void finish(UUID id, ImportStatus status, String failure) {
        Instant now = now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE roster_imports
                           SET status = :status, failure = :failure, file_cipher = NULL, claimed_by = NULL,
                               lease_until = NULL, finished_at = :now, updated_at = :now, version = version + 1
                         WHERE id = :id AND claimed_by = :worker""")
                .setParameter("status", ImportStatus.MOVES.require(ImportStatus.RUNNING, status).code())
                .setParameter("failure", failure).setParameter("now", now).setParameter("id", id)
                .setParameter("worker", worker)
                .executeUpdate());
    }

    private void release(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE roster_imports SET claimed_by = NULL, lease_until = NULL WHERE id = :id AND claimed_by = :worker")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
