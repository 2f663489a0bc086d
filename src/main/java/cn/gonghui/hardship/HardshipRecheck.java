package cn.gonghui.hardship;

import cn.gonghui.platform.database.BackgroundWork;
import cn.gonghui.application.Action;
import cn.gonghui.application.ApplicationStatus;
import cn.gonghui.application.OfficerActions;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.notification.Notifier;
import cn.gonghui.platform.time.BeijingTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Files are re-checked yearly: a reminder goes to the member some days before their file ends,
 * once (the conditional update that sets {@code reminded_at} decides, on whichever instance runs
 * first), and a file past its last day expires.
 */
@ApplicationScoped
public class HardshipRecheck {

    /** What a run did. */
    public record Outcome(int reminded, int expired) {
    }

    private final HardshipSettings settings;
    private final Catalogue catalogue;
    private final Notifier notifier;
    private final OfficerActions actions;
    private final EntityManager entityManager;
    private final Clock clock;

    public HardshipRecheck(HardshipSettings settings, Catalogue catalogue, Notifier notifier, OfficerActions actions,
            EntityManager entityManager, Clock clock) {
        this.actions = actions;
        this.settings = settings;
        this.catalogue = catalogue;
        this.notifier = notifier;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(cron = "{gonghui.hardship.recheck-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(BeijingTime.today(clock));
    }

    @BackgroundWork
    @Transactional
    public Outcome run(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                UPDATE hardship_files f SET reminded_at = :now, updated_at = :now, version = f.version + 1
                  FROM applications a
                 WHERE a.id = f.application_id AND f.status = 'active' AND f.reminded_at IS NULL
                   AND f.valid_until >= :today AND f.valid_until <= :horizon
                RETURNING f.member_id, f.application_id, a.number, f.valid_until, a.status""")
                .setParameter("now", clock.instant()).setParameter("today", today)
                .setParameter("horizon", today.plusDays(settings.recheckReminderDays()))
                .getResultList();
        String service = catalogue.service(HardshipFileLine.FILE).map(found -> found.name(Locale.SIMPLIFIED_CHINESE))
                .orElse(HardshipFileLine.FILE);
        for (Object[] row : due) {
            LocalDate until = row[3] instanceof Date date ? date.toLocalDate() : (LocalDate) row[3];
            notifier.notify(new Notifier.Notice((UUID) row[0], (UUID) row[1], "hardship_recheck", service,
                    (String) row[2], until.toString()));
            // the member is asked to apply again, which an approved file application still open would refuse:
            // the service closes it, as an officer would have done
            if (ApplicationStatus.APPROVED.code().equals(row[4])) {
                actions.actAsSystem((UUID) row[1], Action.COMPLETE, null);
            }
        }
        int expired = entityManager.createNativeQuery("""
                UPDATE hardship_files SET status = 'expired', updated_at = :now, version = version + 1
                 WHERE status = 'active' AND valid_until < :today""")
                .setParameter("now", clock.instant()).setParameter("today", today)
                .executeUpdate();
        return new Outcome(due.size(), expired);
    }
}
