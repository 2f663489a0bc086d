package cn.gonghui.statistics;

/**
 * The grouped query of the evaluation cells, one statement over the ratings of a time range: a
 * closed month's figures are written with it once, open months are read with it at each request.
 * Ratings are counted by the month they were given in (Beijing), so a month that has ended gets no
 * new ones; the handling days are calendar days from submission to closing, in Beijing.
 */
final class EvaluationCells {

    static final String CLOSED_DAY = "CAST(a.closed_at AT TIME ZONE 'Asia/Shanghai' AS date)";
    static final String HANDLING_DAYS = "(" + CLOSED_DAY + " - CAST(a.submitted_at AT TIME ZONE 'Asia/Shanghai' AS date))";

    /** Columns: month, street, station, service, ratings, sum, satisfied, on time, median. */
    static final String GROUPED = """
            SELECT CAST(date_trunc('month', e.created_at AT TIME ZONE 'Asia/Shanghai') AS date) AS month,
                   e.street_id, e.station_id, a.service_code,
                   count(*) AS ratings, sum(e.rating) AS rating_sum,
                   count(*) FILTER (WHERE e.rating >= 4) AS satisfied,
                   count(*) FILTER (WHERE %s <= a.expected_by) AS on_time,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS median
              FROM evaluations e JOIN applications a ON a.id = e.application_id
             WHERE e.created_at >= :rangeStart AND e.created_at < :rangeEnd %%s
             GROUP BY 1, 2, 3, 4""".formatted(CLOSED_DAY, HANDLING_DAYS);

    private EvaluationCells() {
    }

    /** The grouped query with these extra conditions (each starting with AND) on e and a. */
    static String grouped(String conditions) {
        return GROUPED.formatted(conditions);
    }
}
