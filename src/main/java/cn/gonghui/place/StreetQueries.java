package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.DistrictView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streets and districts for other capabilities, as plain values: identity assigns officers to
 * streets and districts, applications and memberships name their street, through these, never
 * through the entities of this package.
 *
 * <p>They are reference data: a district's streets come with a migration, not through the API, and
 * every application, officer and station names one. So they are read once into memory and served
 * from there; whoever changes them outside a migration announces it (kind {@value #REFERENCE_DATA_KIND},
 * see {@code ReferenceDataChanges}) and every instance reads them again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StreetQueries {

    public static final String REFERENCE_DATA_KIND = "places";

    /** A street, with the district it belongs to and the letters that start that district's numbers (e.g. XC). */
    public record StreetRef(UUID id, String code, String name, UUID districtId, String districtCode,
            String districtNumberPrefix) {
    }

    public record DistrictRef(UUID id, String code, String name) {
    }

    private final Cache snapshots;

    public StreetQueries(@CacheName("places") Cache snapshots) {
        this.snapshots = snapshots;
    }

    /** The streets of these codes that exist; a code without a street is simply not among them. */
    public List<StreetRef> byCodes(Collection<String> codes) {
        Snapshot snapshot = snapshot();
        return codes.stream().distinct().map(snapshot.byCode()::get).filter(Objects::nonNull).map(Entry::ref).toList();
    }

    public Optional<StreetRef> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId().get(id)).map(Entry::ref);
    }

    public Optional<StreetRef> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code)).map(Entry::ref);
    }

    public List<StreetRef> byIds(Collection<UUID> ids) {
        Snapshot snapshot = snapshot();
        return ids.stream().distinct().map(snapshot.byId()::get).filter(Objects::nonNull).map(Entry::ref).toList();
    }

    /** One street as the public directory shows it; empty for no street. */
    public Optional<StreetView> viewOf(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId().get(id)).map(Entry::view);
    }

    /** The streets of these ids as the public directory shows them, by id, in their display order. */
    public Map<UUID, StreetView> viewsOf(Collection<UUID> ids) {
        Snapshot snapshot = snapshot();
        Map<UUID, StreetView> views = new LinkedHashMap<>();
        ids.stream().distinct().map(snapshot.byId()::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Entry::displayOrder).thenComparing(entry -> entry.ref().code()))
                .forEach(entry -> views.put(entry.ref().id(), entry.view()));
        return views;
    }

    public List<StreetRef> ofDistrict(UUID districtId) {
        return snapshot().directory().stream().map(Entry::ref)
                .filter(street -> street.districtId().equals(districtId)).toList();
    }

    public Optional<DistrictRef> district(String code) {
        return snapshot().districts().values().stream().filter(district -> district.code().equals(code)).findFirst();
    }

    public Optional<DistrictRef> district(UUID id) {
        return Optional.ofNullable(snapshot().districts().get(id));
    }

    /**
     * The public list of streets, by district code and then official order, keyset-paged on
     * exactly that order (the cursor a query on the table would give).
     */
    public Page<StreetView> directory(Optional<String> districtCode, PageParams page) {
        Snapshot snapshot = snapshot();
        boolean known = districtCode.map(code -> snapshot.districts().values().stream()
                .anyMatch(district -> district.code().equals(code))).orElse(true);
        if (page.after().isEmpty() && known) {
            // the first pages are what everyone asks for: made once per snapshot, so the same page is the
            // same object and its JSON and ETag are written once (ContentTagFilter); other pages as asked
            return snapshot.firstPages().computeIfAbsent(districtCode.orElse("") + "/" + page.limit(),
                    key -> directory(snapshot, districtCode, page));
        }
        return directory(snapshot, districtCode, page);
    }

    private static Page<StreetView> directory(Snapshot snapshot, Optional<String> districtCode, PageParams page) {
        Optional<Cursor> after = page.after().map(cursor -> cursor.expect(2));
        List<Entry> rows = snapshot.directory().stream()
                .filter(entry -> districtCode.map(entry.ref().districtCode()::equals).orElse(true))
                .filter(entry -> after.map(cursor -> isAfter(entry, cursor.text(0), cursor.smallInteger(1))).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), entry -> Cursor.of(entry.ref().districtCode(), entry.displayOrder()),
                Entry::view);
    }

    void changed(@Observes ReferenceDataChanged change) {
        if (change.concerns(REFERENCE_DATA_KIND)) {
            snapshots.invalidateAll().await().indefinitely();
        }
    }

    private static boolean isAfter(Entry entry, String districtCode, int displayOrder) {
        int byDistrict = entry.ref().districtCode().compareTo(districtCode);
        return byDistrict > 0 || byDistrict == 0 && entry.displayOrder() > displayOrder;
    }

    private Snapshot snapshot() {
        return snapshots.<String, Snapshot>get("streets", key -> Snapshot.of(
                        Street.<Street>find("from Street s join fetch s.district").list(), District.listAll()))
                .await().indefinitely();
    }

    private record Entry(StreetRef ref, int displayOrder, StreetView view) {

        static Entry of(Street street) {
            District district = street.district;
            return new Entry(new StreetRef(street.id, street.code, street.name, district.id, district.code,
                    district.numberPrefix), street.displayOrder,
                    new StreetView(street.code, street.name, new DistrictView(district.code, district.name)));
        }
    }

    /** Every street and district as read at one moment. */
    private record Snapshot(List<Entry> directory, Map<UUID, Entry> byId, Map<String, Entry> byCode,
            Map<UUID, DistrictRef> districts, Map<String, Page<StreetView>> firstPages) {

        static Snapshot of(List<Street> streets, List<District> allDistricts) {
            List<Entry> directory = streets.stream().map(Entry::of)
                    .sorted(Comparator.comparing((Entry entry) -> entry.ref().districtCode())
                            .thenComparingInt(Entry::displayOrder))
                    .toList();
            Map<UUID, DistrictRef> districts = new LinkedHashMap<>();
            allDistricts.forEach(district -> districts.put(district.id,
                    new DistrictRef(district.id, district.code, district.name)));
            return new Snapshot(directory,
                    directory.stream().collect(Collectors.toUnmodifiableMap(entry -> entry.ref().id(), Function.identity())),
                    directory.stream().collect(Collectors.toUnmodifiableMap(entry -> entry.ref().code(), Function.identity())),
                    Map.copyOf(districts), new ConcurrentHashMap<>());
        }
    }
}
