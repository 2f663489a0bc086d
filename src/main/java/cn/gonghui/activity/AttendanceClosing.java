package cn.gonghui.activity;

import cn.gonghui.platform.database.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After an activity, the confirmed registrations nobody checked in become no_show. Safe on every
 * instance at once without a lock of its own: the first statement claims the ended activities by
 * setting their {@code attendance_closed_at} where it is still null, and a second instance running
 * the same statement waits for the first one's row locks, then finds the rows claimed and skips them.
 */
@ApplicationScoped
public class AttendanceClosing {

    private final EntityManager entityManager;
    private final RegistrationEvents events;
    private final Clock clock;

    public AttendanceClosing(EntityManager entityManager, RegistrationEvents events, Clock clock) {
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "{gonghui.activities.close-attendance-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        closeEnded();
    }

    /** Closes the attendance of every activity that has ended; answers how many registrations became no_show. */
    @BackgroundWork
    @Transactional
    public int closeEnded() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> ended = entityManager.createNativeQuery("""
                UPDATE activities SET attendance_closed_at = :now
                 WHERE status = 'published' AND attendance_closed_at IS NULL AND ends_at <= :now
                RETURNING id""", UUID.class)
                .setParameter("now", now).getResultList();
        if (ended.isEmpty()) {
            return 0;
        }
        RegistrationStatus from = RegistrationStatus.CONFIRMED;
        RegistrationStatus to = RegistrationStatus.MOVES.require(from, RegistrationStatus.NO_SHOW);
        @SuppressWarnings("unchecked")
        List<Object[]> marked = entityManager.createNativeQuery("""
                UPDATE activity_registrations SET status = :to, updated_at = :now, version = version + 1
                 WHERE activity_id IN (:ended) AND status = :from
                RETURNING id, activity_id""")
                .setParameter("to", to.code()).setParameter("from", from.code())
                .setParameter("now", now).setParameter("ended", ended)
                .getResultList();
        marked.forEach(row -> events.changed((UUID) row[0], (UUID) row[1], to));
        return marked.size();
    }
}
