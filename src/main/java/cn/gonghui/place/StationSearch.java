package cn.gonghui.place;

import cn.gonghui.platform.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The station list query. Keyset-paged: by id (creation order), or, around a point, by distance
 * then id. Distances are great-circle (haversine) in SQL; a radius first narrows to a bounding
 * box the location index can serve.
 */
@ApplicationScoped
public class StationSearch {

    /** A station and, when searched around a point, its distance from it in metres. */
    public record Hit(Station station, Double distanceMeters) {

        Cursor cursor() {
            return distanceMeters == null ? Cursor.of(station.id) : Cursor.of(distanceMeters, station.id);
        }
    }

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final double METERS_PER_DEGREE_LATITUDE = 111_320;
    private static final String DISTANCE = EARTH_RADIUS_METERS + " * 2 * asin(sqrt("
            + "power(sin(radians(s.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - :lng) / 2), 2)))";

    private final EntityManager entityManager;

    public StationSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Hit> find(StationFilter filter, Optional<Cursor> after, int limit) {
        Optional<PlaceViews.GeoPoint> origin = filter.origin();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        filter.streetCode().ifPresent(code -> {
            conditions.add("st.code = :streetCode");
            parameters.put("streetCode", code);
        });
        List<String> facilities = filter.facilities();
        for (int i = 0; i < facilities.size(); i++) {
            conditions.add("exists (select 1 from Station x join x.facilities f where x = s and f.code = :facility" + i + ")");
            parameters.put("facility" + i, facilities.get(i));
        }
        origin.ifPresent(point -> {
            parameters.put("lat", point.lat());
            parameters.put("lng", point.lng());
            filter.radiusKm().ifPresent(radiusKm -> withinRadius(point, radiusKm * 1000, conditions, parameters));
        });
        after.ifPresent(cursor -> conditions.add(origin.isPresent()
                ? afterDistance(cursor.expect(2), parameters)
                : afterId(cursor.expect(1), parameters)));

        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String from = " from Station s join fetch s.street st join fetch st.district";
        return origin.isPresent()
                ? run("select s, " + DISTANCE + from + where + " order by " + DISTANCE + ", s.id", parameters, limit)
                : run("select s, cast(null as Double)" + from + where + " order by s.id", parameters, limit);
    }

    private List<Hit> run(String query, Map<String, Object> parameters, int limit) {
        TypedQuery<Object[]> typed = entityManager.createQuery(query, Object[].class).setMaxResults(limit);
        parameters.forEach(typed::setParameter);
        return typed.getResultList().stream()
                .map(row -> new Hit((Station) row[0], (Double) row[1]))
                .toList();
    }

    private static void withinRadius(PlaceViews.GeoPoint point, double radiusMeters, List<String> conditions,
            Map<String, Object> parameters) {
        double latitudeDelta = radiusMeters / METERS_PER_DEGREE_LATITUDE;
        double longitudeDelta = radiusMeters
                / (METERS_PER_DEGREE_LATITUDE * Math.max(Math.cos(Math.toRadians(point.lat())), 0.01));
        conditions.add("s.latitude between :minLat and :maxLat");
        conditions.add("s.longitude between :minLng and :maxLng");
        conditions.add(DISTANCE + " <= :radius");
        parameters.put("minLat", point.lat() - latitudeDelta);
        parameters.put("maxLat", point.lat() + latitudeDelta);
        parameters.put("minLng", point.lng() - longitudeDelta);
        parameters.put("maxLng", point.lng() + longitudeDelta);
        parameters.put("radius", radiusMeters);
    }

    private static String afterDistance(Cursor cursor, Map<String, Object> parameters) {
        parameters.put("afterDistance", cursor.number(0));
        parameters.put("afterId", cursor.uuid(1));
        return "(" + DISTANCE + " > :afterDistance or (" + DISTANCE + " = :afterDistance and s.id > :afterId))";
    }

    private static String afterId(Cursor cursor, Map<String, Object> parameters) {
        parameters.put("afterId", cursor.uuid(0));
        return "s.id > :afterId";
    }
}
