package cn.gonghui.hardship;

import cn.gonghui.platform.database.BackgroundWork;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes what the fund pays. Every row is unique per file, programme, period and beneficiary, and
 * every insert is {@code ON CONFLICT DO NOTHING}: the monthly run may start on every instance at
 * once, or twice, and a file still gets its subsidy exactly once a month.
 */
@ApplicationScoped
public class Disbursements {

    private static final Logger LOG = Logger.getLogger(Disbursements.class);

    private final EntityManager entityManager;
    private final Clock clock;

    public Disbursements(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One payment of an approved programme; a second one for the same period and beneficiary is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID schedule(HardshipFile file, ApplicationRef application, String period, String beneficiary,
            BigDecimal amount) {
        UUID id = Ids.newId();
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO disbursements (id, file_id, application_id, member_id, street_id, programme, period,
                                           beneficiary, amount, status, created_at, updated_at, version)
                VALUES (:id, :file, :application, :member, :street, :programme, :period, :beneficiary, :amount,
                        'scheduled', :now, :now, 0)
                ON CONFLICT (file_id, programme, period, beneficiary) DO NOTHING""")
                .setParameter("id", id).setParameter("file", file.id).setParameter("application", application.id())
                .setParameter("member", file.memberId).setParameter("street", file.streetId)
                .setParameter("programme", application.serviceCode()).setParameter("period", period)
                .setParameter("beneficiary", beneficiary).setParameter("amount", amount)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            throw ApiProblem.conflict("AID_ALREADY_DISBURSED", period);
        }
        return id;
    }

    /** The first month of the file's living subsidy, once granted. */
    public Optional<String> livingSubsidyOf(HardshipFile file) {
        List<?> periods = entityManager.createNativeQuery("SELECT first_period FROM hardship_grants WHERE file_id = :file",
                String.class).setParameter("file", file.id).getResultList();
        return periods.stream().map(String.class::cast).findFirst();
    }

    /** The living subsidy's entitlement, which the monthly run pays from, and its first month. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID grantLivingSubsidy(HardshipFile file, ApplicationRef application, BigDecimal monthly, YearMonth first) {
        int granted = entityManager.createNativeQuery("""
                INSERT INTO hardship_grants (id, file_id, application_id, monthly_amount, first_period, status, created_at)
                VALUES (:id, :file, :application, :amount, :first, 'active', :now)
                ON CONFLICT (file_id) DO NOTHING""")
                .setParameter("id", Ids.newId()).setParameter("file", file.id).setParameter("application", application.id())
                .setParameter("amount", monthly).setParameter("first", first.toString())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (granted == 0) {
            throw ApiProblem.conflict("AID_ALREADY_DISBURSED", first.toString());
        }
        return schedule(file, application, first.toString(), "", monthly);
    }

    @Scheduled(cron = "{gonghui.hardship.monthly-run-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void monthlyRun() {
        int scheduled = scheduleMonth(YearMonth.from(BeijingTime.today(clock)));
        LOG.infof("Scheduled %d living subsidies", scheduled);
    }

    /**
     * The month's living subsidy of every file active on its first day, in one statement: what an
     * earlier run or another instance inserted already is skipped by the unique key.
     */
    @BackgroundWork
    @Transactional
    public int scheduleMonth(YearMonth month) {
        return entityManager.createNativeQuery("""
                INSERT INTO disbursements (id, file_id, application_id, member_id, street_id, programme, period,
                                           beneficiary, amount, status, created_at, updated_at, version)
                SELECT gen_random_uuid(), f.id, g.application_id, f.member_id, f.street_id, 'hardship.living-subsidy',
                       :period, '', g.monthly_amount, 'scheduled', :now, :now, 0
                  FROM hardship_grants g JOIN hardship_files f ON f.id = g.file_id
                 WHERE g.status = 'active' AND f.status = 'active' AND g.first_period <= :period
                   AND f.valid_from <= :lastDay AND f.valid_until >= :firstDay
                ON CONFLICT (file_id, programme, period, beneficiary) DO NOTHING""")
                .setParameter("period", month.toString()).setParameter("now", clock.instant())
                .setParameter("firstDay", month.atDay(1)).setParameter("lastDay", month.atEndOfMonth())
                .executeUpdate();
    }
}
