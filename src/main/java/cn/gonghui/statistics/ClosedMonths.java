package cn.gonghui.statistics;

import cn.gonghui.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/**
 * Writes the evaluation figures of a closed month, once. The month's row is claimed with
 * {@code ON CONFLICT DO NOTHING}: of several instances asking at once one inserts it and writes the
 * figures in the same transaction, the others wait on its key, find it taken and write nothing. A
 * month counts as closed from the second day after it ended (Beijing), so a rating given in its last
 * second and committed a moment later is still in it.
 */
@ApplicationScoped
public class ClosedMonths {

    private final EntityManager entityManager;
    private final Clock clock;

    public ClosedMonths(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The first month whose figures may still change. */
    public YearMonth firstOpen() {
        return YearMonth.from(today().minusDays(1));
    }

    public LocalDate today() {
        return ZonedDateTime.ofInstant(clock.instant(), ClockProducer.BEIJING).toLocalDate();
    }

    /** Writes the month's figures unless they are written already; false when another did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fix(YearMonth month) {
        if (!month.isBefore(firstOpen())) {
            throw new IllegalArgumentException(month + " is not closed yet");
        }
        LocalDate first = month.atDay(1);
        int claimed = entityManager.createNativeQuery(
                        "INSERT INTO evaluation_months (month, fixed_at) VALUES (:month, :now) ON CONFLICT DO NOTHING")
                .setParameter("month", first).setParameter("now", clock.instant()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        entityManager.createNativeQuery("INSERT INTO evaluation_figures (month, street_id, station_id, service_code, "
                        + "ratings, rating_sum, satisfied, on_time, median_handling_days) " + EvaluationCells.grouped(""))
                .setParameter("rangeStart", first.atStartOfDay(ClockProducer.BEIJING).toInstant())
                .setParameter("rangeEnd", first.plusMonths(1).atStartOfDay(ClockProducer.BEIJING).toInstant())
                .executeUpdate();
        return true;
    }
}
