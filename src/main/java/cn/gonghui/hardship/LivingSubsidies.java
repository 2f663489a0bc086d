package cn.gonghui.hardship;

import cn.gonghui.platform.database.BackgroundWork;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.disbursement.Disbursements;
import cn.gonghui.disbursement.Disbursements.Payment;
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
 * What hardship pays through the disbursements: one-off payments of a file's programmes, and the
 * living subsidy's entitlement with its monthly run, which every instance may start at once: the
 * disbursements' unique key pays each file once a month.
 */
@ApplicationScoped
public class LivingSubsidies {

    private static final Logger LOG = Logger.getLogger(LivingSubsidies.class);

    private final EntityManager entityManager;
    private final Disbursements disbursements;
    private final Clock clock;

    public LivingSubsidies(EntityManager entityManager, Disbursements disbursements, Clock clock) {
        this.entityManager = entityManager;
        this.disbursements = disbursements;
        this.clock = clock;
    }

    /** One payment of an approved programme; a second one for the same period and beneficiary is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID schedule(HardshipFile file, ApplicationRef application, String period, String beneficiary,
            BigDecimal amount) {
        return disbursements.schedule(new Payment(file.id, application.id(), file.memberId, file.streetId,
                application.serviceCode(), period, beneficiary, amount, null));
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
     * The month's living subsidy of every file active on its first day: what an earlier run or
     * another instance scheduled already is skipped by the disbursements' unique key.
     */
    @BackgroundWork
    @Transactional
    public int scheduleMonth(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                SELECT f.id, g.application_id, f.member_id, f.street_id, g.monthly_amount
                  FROM hardship_grants g JOIN hardship_files f ON f.id = g.file_id
                 WHERE g.status = 'active' AND f.status = 'active' AND g.first_period <= :period
                   AND f.valid_from <= :lastDay AND f.valid_until >= :firstDay
                 ORDER BY f.id""")
                .setParameter("period", month.toString())
                .setParameter("firstDay", month.atDay(1)).setParameter("lastDay", month.atEndOfMonth())
                .getResultList();
        int scheduled = 0;
        for (Object[] row : due) {
            if (disbursements.scheduleIfAbsent(new Payment((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3],
                    HardshipOffers.LIVING_SUBSIDY, month.toString(), "", (BigDecimal) row[4], null))) {
                scheduled++;
            }
        }
        return scheduled;
    }
}
