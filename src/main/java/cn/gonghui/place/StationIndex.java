package cn.gonghui.place;

import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.PageParams;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public station list, searched in memory. Stations are reference data: an administrator adds
 * one now and then, members look for the nearest all day. So every instance reads them all once (a
 * district has dozens) and again whenever a change of places is announced (kind {@value
 * StreetQueries#REFERENCE_DATA_KIND}, see {@code StationAdministration}); a search reads no table.
 *
 * <p>Keyset-paged as a query on the table would be: by id in PostgreSQL's order of uuids, or, around
 * a point, by great-circle (haversine) distance then id. A radius keeps what lies within it.
 */
@ApplicationScoped
public class StationIndex {

    /** A station and, when searched around a point, its distance from it in metres. */
    public record Hit(Station station, Double distanceMeters) {

        Cursor cursor() {
            return distanceMeters == null ? Cursor.of(station.id) : Cursor.of(distanceMeters, station.id);
        }
    }

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    /** PostgreSQL orders uuids by their bytes, unsigned: so does every page here. */
    private static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final Comparator<Hit> BY_DISTANCE = Comparator.comparingDouble(Hit::distanceMeters)
            .thenComparing(hit -> hit.station().id, UUID_ORDER);

    private final Cache snapshots;
    private final EntityManager entityManager;

    public StationIndex(@CacheName("places") Cache snapshots, EntityManager entityManager) {
        this.snapshots = snapshots;
        this.entityManager = entityManager;
    }

    /** The page's stations and one more, which only tells that there is a next page. */
    public List<Hit> find(StationFilter filter, PageParams page) {
        Optional<PlaceViews.GeoPoint> origin = filter.origin();
        Predicate<Station> matches = matches(filter);
        Stream<Station> candidates = snapshot().stations().stream().filter(matches);
        if (origin.isEmpty()) {
            Optional<UUID> after = page.after().map(cursor -> cursor.expect(1).uuid(0));
            return candidates.filter(station -> after.map(id -> UUID_ORDER.compare(station.id, id) > 0).orElse(true))
                    .limit(page.limit() + 1L)
                    .map(station -> new Hit(station, null))
                    .toList();
        }
        PlaceViews.GeoPoint point = origin.get();
        // read now, so that a cursor of the wrong shape is refused even when nothing is left to compare it with
        Optional<Position> after = page.after().map(cursor -> cursor.expect(2))
                .map(cursor -> new Position(cursor.number(0), cursor.uuid(1)));
        double radiusMeters = filter.radiusKm().map(km -> km * 1000).orElse(Double.POSITIVE_INFINITY);
        return candidates.map(station -> new Hit(station, distanceMeters(point, station)))
                .filter(hit -> hit.distanceMeters() <= radiusMeters)
                .filter(hit -> after.map(position -> position.isBefore(hit)).orElse(true))
                .sorted(BY_DISTANCE)
                .limit(page.limit() + 1L)
                .toList();
    }

    /** The facility codes that exist, so that a filter naming another is refused. */
    public Set<String> facilityCodes() {
        return snapshot().facilityCodes();
    }

    private static Predicate<Station> matches(StationFilter filter) {
        Optional<String> streetCode = filter.streetCode();
        List<String> facilities = filter.facilities();
        return station -> streetCode.map(station.street.code::equals).orElse(true)
                && facilities.stream().allMatch(code -> station.facilities.stream()
                        .anyMatch(facility -> facility.code.equals(code)));
    }

    /** The same formula the table was searched with, on the same sphere. */
    static double distanceMeters(PlaceViews.GeoPoint point, Station station) {
        double latitudeSine = Math.sin(Math.toRadians(station.latitude - point.lat()) / 2);
        double longitudeSine = Math.sin(Math.toRadians(station.longitude - point.lng()) / 2);
        return EARTH_RADIUS_METERS * 2 * Math.asin(Math.sqrt(latitudeSine * latitudeSine
                + Math.cos(Math.toRadians(point.lat())) * Math.cos(Math.toRadians(station.latitude))
                * longitudeSine * longitudeSine));
    }

    private Snapshot snapshot() {
        return snapshots.<String, Snapshot>get("stations", key -> QuarkusTransaction.joiningExisting().call(this::read))
                .await().indefinitely();
    }

    /** Every station with its street, district, facilities and opening hours, in uuid order: three queries. */
    private Snapshot read() {
        List<Station> stations = entityManager.createQuery("from Station s join fetch s.street st "
                + "join fetch st.district left join fetch s.facilities", Station.class).getResultList();
        // the second collection in a query of its own (two lists fetched in one would multiply their rows); it
        // fills the same stations, so every one is complete before the snapshot is shared
        entityManager.createQuery("from Station s left join fetch s.openingHours", Station.class).getResultList();
        Set<String> facilityCodes = entityManager.createQuery("select f.code from Facility f", String.class)
                .getResultStream().collect(Collectors.toUnmodifiableSet());
        return new Snapshot(stations.stream().sorted(Comparator.comparing(station -> station.id, UUID_ORDER)).toList(),
                facilityCodes);
    }

    private record Snapshot(List<Station> stations, Set<String> facilityCodes) {
    }

    /** Where a page around a point ended: the distance and id of its last station. */
    private record Position(double distanceMeters, UUID id) {

        boolean isBefore(Hit hit) {
            int byDistance = Double.compare(hit.distanceMeters(), distanceMeters);
            return byDistance > 0 || byDistance == 0 && UUID_ORDER.compare(hit.station().id, id) > 0;
        }
    }
}
