package cn.gonghui.statistics;

import cn.gonghui.place.Stations;
import cn.gonghui.place.Stations.StationRef;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.ClockProducer;
import cn.gonghui.statistics.EvaluationViews.EvaluationCellView;
import cn.gonghui.statistics.EvaluationViews.PlaceRef;
import cn.gonghui.statistics.EvaluationViews.PublicEvaluationView;
import cn.gonghui.statistics.EvaluationViews.StationLabel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 办事评价公开: the ratings per month, street, station and service. Cells are never added up
 * (no street or year totals): a total beside its cells, or two overlapping ranges, would let a
 * suppressed cell be worked out by subtraction. A cell of fewer than {@value #MINIMUM_RATINGS}
 * ratings shows "<5" and nothing else, so no single member's rating can be read out.
 */
@ApplicationScoped
public class PublicEvaluations {

    public static final int MINIMUM_RATINGS = 5;
    static final int MAX_MONTHS = 24;

    /** What the caller filters on; null for no filter. */
    public record Filter(String streetCode, UUID stationId, String serviceCode, YearMonth from, YearMonth to) {
    }

    private final EntityManager entityManager;
    private final ClosedMonths closedMonths;
    private final StreetQueries streets;
    private final Stations stations;

    public PublicEvaluations(EntityManager entityManager, ClosedMonths closedMonths, StreetQueries streets,
            Stations stations) {
        this.entityManager = entityManager;
        this.closedMonths = closedMonths;
        this.streets = streets;
        this.stations = stations;
    }

    public PublicEvaluationView figures(Filter filter) {
        YearMonth firstOpen = closedMonths.firstOpen();
        YearMonth to = filter.to() != null ? filter.to() : YearMonth.from(closedMonths.today());
        YearMonth from = filter.from() != null ? filter.from() : to.minusMonths(11);
        if (from.isAfter(to)) {
            throw ApiProblem.invalidField("to", "BEFORE_FROM");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ApiProblem.invalidField("from", "RANGE_TOO_LONG");
        }
        fixClosedMonths(from, to.isBefore(firstOpen) ? to : firstOpen.minusMonths(1));
        return new PublicEvaluationView(from.toString(), to.toString(), MINIMUM_RATINGS, read(filter, from, to, firstOpen));
    }

    private void fixClosedMonths(YearMonth from, YearMonth lastClosed) {
        if (lastClosed.isBefore(from)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> fixed = entityManager.createNativeQuery(
                        "SELECT month FROM evaluation_months WHERE month BETWEEN :from AND :to")
                .setParameter("from", from.atDay(1)).setParameter("to", lastClosed.atDay(1)).getResultList();
        Set<YearMonth> done = new HashSet<>();
        fixed.forEach(month -> done.add(YearMonth.from(asDate(month))));
        for (YearMonth month = from; !month.isAfter(lastClosed); month = month.plusMonths(1)) {
            if (!done.contains(month)) {
                closedMonths.fix(month);
            }
        }
    }

    private List<EvaluationCellView> read(Filter filter, YearMonth from, YearMonth to, YearMonth firstOpen) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder fixedConditions = new StringBuilder();
        StringBuilder liveConditions = new StringBuilder();
        if (filter.streetCode() != null) {
            UUID street = streets.byCode(filter.streetCode()).map(StreetQueries.StreetRef::id).orElse(new UUID(0, 0));
            parameters.put("street", street);
            fixedConditions.append(" AND f.street_id = :street");
            liveConditions.append(" AND e.street_id = :street");
        }
        if (filter.stationId() != null) {
            parameters.put("station", filter.stationId());
            fixedConditions.append(" AND f.station_id = :station");
            liveConditions.append(" AND e.station_id = :station");
        }
        if (filter.serviceCode() != null) {
            parameters.put("service", filter.serviceCode());
            fixedConditions.append(" AND f.service_code = :service");
            liveConditions.append(" AND a.service_code = :service");
        }
        YearMonth liveFrom = from.isBefore(firstOpen) ? firstOpen : from;
        String sql = "SELECT * FROM (SELECT f.month, f.street_id, f.station_id, f.service_code, f.ratings, f.rating_sum, "
                + "f.satisfied, f.on_time, f.median_handling_days AS median, true AS fixed FROM evaluation_figures f "
                + "WHERE f.month >= :fixedFrom AND f.month < :fixedTo" + fixedConditions
                + " UNION ALL SELECT cells.*, false FROM (" + EvaluationCells.grouped(liveConditions.toString())
                + ") cells) figures ORDER BY month DESC, street_id, service_code, station_id NULLS FIRST";
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("fixedFrom", from.atDay(1))
                .setParameter("fixedTo", (to.isBefore(firstOpen) ? to.plusMonths(1) : firstOpen).atDay(1))
                .setParameter("rangeStart", liveFrom.atDay(1).atStartOfDay(ClockProducer.BEIJING).toInstant())
                .setParameter("rangeEnd", to.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.BEIJING).toInstant());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Set<UUID> stationIds = new HashSet<>();
        rows.forEach(row -> {
            if (row[2] != null) {
                stationIds.add((UUID) row[2]);
            }
        });
        Map<UUID, StationRef> stationRefs = stations.findAll(stationIds);
        return rows.stream().map(row -> cell(row, stationRefs)).toList();
    }

    private EvaluationCellView cell(Object[] row, Map<UUID, StationRef> stationRefs) {
        PlaceRef street = streets.find((UUID) row[1]).map(ref -> new PlaceRef(ref.code(), ref.name()))
                .orElse(new PlaceRef("unknown", "—"));
        StationRef stationRef = row[2] == null ? null : stationRefs.get((UUID) row[2]);
        StationLabel station = row[2] == null ? null
                : new StationLabel((UUID) row[2], stationRef == null ? "—" : stationRef.name());
        String month = YearMonth.from(asDate(row[0])).toString();
        long ratings = ((Number) row[4]).longValue();
        boolean fixed = (Boolean) row[9];
        if (ratings < MINIMUM_RATINGS) {
            return new EvaluationCellView(month, street, station, (String) row[3], true, "<" + MINIMUM_RATINGS, null, null,
                    null, null, fixed);
        }
        return new EvaluationCellView(month, street, station, (String) row[3], false, Long.toString(ratings),
                ratio(((Number) row[5]).longValue(), ratings), ratio(((Number) row[6]).longValue(), ratings),
                ratio(((Number) row[7]).longValue(), ratings), ((Number) row[8]).doubleValue(), fixed);
    }

    static String ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
    }

    static LocalDate asDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
