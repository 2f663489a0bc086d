package cn.gonghui.statistics;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.security.DataScope;
import cn.gonghui.statistics.StatisticsViews.ApplicationGroupView;
import cn.gonghui.statistics.StatisticsViews.ApplicationStatisticsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officers' application figures: one grouped statement over the applications submitted in the
 * range (index applications_by_street_submitted, or applications_by_submitted for everything),
 * with their ratings joined, the caller's streets in its WHERE clause. Nothing is counted in Java.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class ApplicationStatistics {

    public enum GroupBy {
        STREET("CAST(a.street_id AS text)"),
        SERVICE("a.service_code"),
        STATUS("a.status"),
        MONTH("to_char(a.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')");

        final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    private static final String SQL = """
            SELECT %1$s AS key,
                   count(*) AS received,
                   count(*) FILTER (WHERE a.closed_at IS NOT NULL) AS finished,
                   count(*) FILTER (WHERE a.closed_at IS NULL) AS open,
                   count(*) FILTER (WHERE a.closed_at IS NULL AND a.expected_by < :today) AS overdue,
                   count(*) FILTER (WHERE %2$s <= a.expected_by) AS on_time,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY %3$s) AS median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY %3$s) AS p90,
                   count(e.application_id) AS ratings,
                   avg(e.rating) AS average
              FROM applications a LEFT JOIN evaluations e ON e.application_id = a.id
             WHERE a.submitted_at >= :start AND a.submitted_at < :end AND %4$s
             GROUP BY 1 ORDER BY 1""";

    private final EntityManager entityManager;
    private final StreetQueries streets;

    public ApplicationStatistics(EntityManager entityManager, StreetQueries streets) {
        this.entityManager = entityManager;
        this.streets = streets;
    }

    public ApplicationStatisticsView figures(DataScope scope, StatisticsRange range, GroupBy groupBy, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String condition = scope.condition("a.street_id", "a.member_id", parameters);
        Query query = entityManager.createNativeQuery(SQL.formatted(groupBy.key, EvaluationCells.CLOSED_DAY,
                        EvaluationCells.HANDLING_DAYS, condition))
                .setParameter("today", today).setParameter("start", range.start()).setParameter("end", range.end());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ApplicationGroupView> groups = rows.stream().map(row -> group(groupBy, row)).toList();
        return new ApplicationStatisticsView(range.from(), range.to(), groupBy.name().toLowerCase(), groups);
    }

    private ApplicationGroupView group(GroupBy groupBy, Object[] row) {
        String key = (String) row[0];
        String label = key;
        if (groupBy == GroupBy.STREET) {
            StreetQueries.StreetRef street = streets.find(UUID.fromString(key)).orElseThrow();
            key = street.code();
            label = street.name();
        }
        long finished = number(row[2]);
        long ratings = number(row[8]);
        return new ApplicationGroupView(key, label, number(row[1]), finished, number(row[3]), number(row[4]),
                finished == 0 ? null : PublicEvaluations.ratio(number(row[5]), finished), decimal(row[6]),
                decimal(row[7]), ratings, row[9] == null ? null
                        : new java.math.BigDecimal(row[9].toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
