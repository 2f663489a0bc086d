package cn.gonghui.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts working days the way Chinese offices do: Monday to Friday, minus public holidays, plus
 * the weekend days worked instead (调休), all from the calendar_days table, so a new year's
 * holidays are data, not code.
 */
@ApplicationScoped
public class WorkingDays {

    private final EntityManager entityManager;

    public WorkingDays(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The day that is {@code days} working days after {@code start} (the start itself not counted). */
    public LocalDate after(LocalDate start, int days) {
        // weekends and the longest holidays together never stretch a working day beyond three calendar days
        Map<LocalDate, String> exceptions = exceptions(start, start.plusDays(days * 3L + 30));
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, String> exceptions) {
        String kind = exceptions.get(day);
        if (kind != null) {
            return kind.equals("workday");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, String> exceptions(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT day, kind FROM calendar_days WHERE day BETWEEN :from AND :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<LocalDate, String> exceptions = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) row[0];
            exceptions.put(day, (String) row[1]);
        }
        return exceptions;
    }
}
