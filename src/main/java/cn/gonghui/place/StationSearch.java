package cn.gonghui.place;

import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
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

    /** The page's stations and one more, which only tells that there is a next page. */
    public List<Hit> find(StationFilter filter, PageParams page) {
        Optional<PlaceViews.GeoPoint> origin = filter.origin();
        String from = " from Station s join fetch s.street st join fetch st.district";
        KeysetQuery<Object[]> query = KeysetQuery.jpql(origin.isPresent() ? "select s, " + DISTANCE + from
                : "select s, cast(null as Double)" + from, Object[].class);
        filter.streetCode().ifPresent(code -> query.where("st.code = :streetCode", "streetCode", code));
        List<String> facilities = filter.facilities();
        for (int i = 0; i < facilities.size(); i++) {
            query.where("exists (select 1 from Station x join x.facilities f where x = s and f.code = :facility" + i + ")",
                    "facility" + i, facilities.get(i));
        }
        origin.ifPresent(point -> {
            query.with("lat", point.lat()).with("lng", point.lng());
            filter.radiusKm().ifPresent(radiusKm -> withinRadius(point, radiusKm * 1000, query));
        });
        if (origin.isPresent()) {
            query.orderBy(Direction.ASCENDING, SortKey.number(DISTANCE), SortKey.uuid("s.id"));
        } else {
            query.orderBy(Direction.ASCENDING, SortKey.uuid("s.id"));
        }
        return query.page(page).fetch(entityManager).stream()
                .map(row -> new Hit((Station) row[0], (Double) row[1]))
                .toList();
    }

    private static void withinRadius(PlaceViews.GeoPoint point, double radiusMeters, KeysetQuery<Object[]> query) {
        double latitudeDelta = radiusMeters / METERS_PER_DEGREE_LATITUDE;
        double longitudeDelta = radiusMeters
                / (METERS_PER_DEGREE_LATITUDE * Math.max(Math.cos(Math.toRadians(point.lat())), 0.01));
        query.where("s.latitude between :minLat and :maxLat")
                .where("s.longitude between :minLng and :maxLng")
                .where(DISTANCE + " <= :radius")
                .with("minLat", point.lat() - latitudeDelta)
                .with("maxLat", point.lat() + latitudeDelta)
                .with("minLng", point.lng() - longitudeDelta)
                .with("maxLng", point.lng() + longitudeDelta)
                .with("radius", radiusMeters);
    }
}
