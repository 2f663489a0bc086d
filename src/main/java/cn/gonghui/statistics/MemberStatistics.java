package cn.gonghui.statistics;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.security.DataScope;
import cn.gonghui.statistics.StatisticsViews.MemberGroupView;
import cn.gonghui.statistics.StatisticsViews.MemberStatisticsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officers' member figures, one grouped statement: the membership history's joins and
 * transfers in the range (index membership_history_by_street_time / _by_time), a transfer counted
 * in for the street it went to and out for the street of the step before it (found per membership
 * through membership_history_by_membership), and, by street, the active memberships now
 * (memberships_active_by_street). The caller's streets are in its WHERE clause.
 *
 * <p>Activity attendance is a further branch: the registrations holding a place in the published
 * activities that start in the range (activities_published_by_start, then
 * activity_registrations_roster), each counted for the activity's street, or for a district-wide
 * activity the street of the registrant's active membership (memberships by member, unique);
 * a district-wide registration of a non-member belongs to no street and is left out.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class MemberStatistics {

    public enum GroupBy {
        STREET("CAST(street_id AS text)"),
        MONTH("to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')");

        final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    private static final String SQL = """
            WITH moves AS (
                SELECT h.at, h.street_id, CASE WHEN h.event = 'joined' THEN 'joined' ELSE 'in' END AS kind
                  FROM membership_history h
                 WHERE h.at >= :start AND h.at < :end
                UNION ALL
                SELECT h.at, before.street_id, 'out'
                  FROM membership_history h
                  CROSS JOIN LATERAL (SELECT p.street_id FROM membership_history p
                                       WHERE p.membership_id = h.membership_id
                                         AND (p.at < h.at OR (p.at = h.at AND p.id < h.id))
                                       ORDER BY p.at DESC, p.id DESC LIMIT 1) before
                 WHERE h.event = 'transferred' AND h.at >= :start AND h.at < :end
                UNION ALL
                SELECT a.starts_at, coalesce(a.street_id, m.street_id),
                       CASE WHEN r.status = 'checked_in' THEN 'attended' ELSE 'registered' END
                  FROM activities a
                  JOIN activity_registrations r ON r.activity_id = a.id
                                               AND r.status IN ('confirmed', 'checked_in', 'no_show')
                  LEFT JOIN memberships m ON a.street_id IS NULL AND m.member_id = r.member_id AND m.status = 'active'
                 WHERE a.status = 'published' AND a.starts_at >= :start AND a.starts_at < :end
                   AND coalesce(a.street_id, m.street_id) IS NOT NULL
                %3$s
            )
            SELECT %1$s AS key,
                   count(*) FILTER (WHERE kind = 'joined') AS joined,
                   count(*) FILTER (WHERE kind = 'in') AS transferred_in,
                   count(*) FILTER (WHERE kind = 'out') AS transferred_out,
                   count(*) FILTER (WHERE kind = 'active') AS active,
                   count(*) FILTER (WHERE kind IN ('registered', 'attended')) AS activity_registered,
                   count(*) FILTER (WHERE kind = 'attended') AS activity_attended
              FROM moves
             WHERE %2$s
             GROUP BY 1 ORDER BY 1""";

    private static final String ACTIVE = """
                UNION ALL
                SELECT CAST(NULL AS timestamptz), m.street_id, 'active' FROM memberships m WHERE m.status = 'active'""";

    private final EntityManager entityManager;
    private final StreetQueries streets;

    public MemberStatistics(EntityManager entityManager, StreetQueries streets) {
        this.entityManager = entityManager;
        this.streets = streets;
    }

    public MemberStatisticsView figures(DataScope scope, StatisticsRange range, GroupBy groupBy) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String condition = scope.condition("street_id", "NULL", parameters);
        Query query = entityManager.createNativeQuery(SQL.formatted(groupBy.key, condition,
                        groupBy == GroupBy.STREET ? ACTIVE : ""))
                .setParameter("start", range.start()).setParameter("end", range.end());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<MemberGroupView> groups = rows.stream().map(row -> group(groupBy, row)).toList();
        return new MemberStatisticsView(range.from(), range.to(), groupBy.name().toLowerCase(), groups);
    }

    private MemberGroupView group(GroupBy groupBy, Object[] row) {
        String key = (String) row[0];
        String label = key;
        if (groupBy == GroupBy.STREET) {
            StreetQueries.StreetRef street = streets.find(UUID.fromString(key)).orElseThrow();
            key = street.code();
            label = street.name();
        }
        return new MemberGroupView(key, label, ApplicationStatistics.number(row[1]), ApplicationStatistics.number(row[2]),
                ApplicationStatistics.number(row[3]), groupBy == GroupBy.STREET ? ApplicationStatistics.number(row[4]) : null,
                ApplicationStatistics.number(row[5]), ApplicationStatistics.number(row[6]));
    }
}
