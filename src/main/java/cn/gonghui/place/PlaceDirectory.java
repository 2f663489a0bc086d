package cn.gonghui.place;

import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.place.PlaceViews.FacilityView;
import cn.gonghui.place.PlaceViews.StationView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the public directory of places: streets and the station list from memory (see StreetQueries
 * and StationIndex), facilities and a station's detail each in one read-only transaction.
 */
@ApplicationScoped
public class PlaceDirectory {

    private final StationIndex stationIndex;
    private final EntityManager entityManager;
    private final StreetQueries streets;

    public PlaceDirectory(StationIndex stationIndex, EntityManager entityManager, StreetQueries streets) {
        this.streets = streets;
        this.stationIndex = stationIndex;
        this.entityManager = entityManager;
    }

    public Page<StreetView> streets(Optional<String> districtCode, PageParams page) {
        return streets.directory(districtCode, page);
    }

    @ReadOnlyTransaction
    public Page<FacilityView> facilities(PageParams page, Locale locale) {
        return KeysetQuery.jpql("select f from Facility f", Facility.class)
                .orderBy(Direction.ASCENDING, SortKey.integer("f.displayOrder"))
                .page(page)
                .fetchPage(entityManager, facility -> Cursor.of(facility.displayOrder),
                        facility -> FacilityView.of(facility, locale));
    }

    /** From memory: see {@link StationIndex}. */
    public Page<StationView> stations(StationFilter filter, PageParams page, Locale locale) {
        requireKnown(filter);
        return Page.of(stationIndex.find(filter, page), page.limit(), StationIndex.Hit::cursor,
                hit -> StationView.of(hit.station(), hit.distanceMeters() == null ? null
                        : (int) Math.round(hit.distanceMeters()), locale));
    }

    @ReadOnlyTransaction
    public Optional<Versioned<StationView>> station(UUID id, Locale locale) {
        return Station.<Station>find("from Station s join fetch s.street st join fetch st.district where s.id = ?1", id)
                .firstResultOptional()
                .map(station -> new Versioned<>(StationView.of(station, null, locale), station.version));
    }

    /** A filter naming a street or facility that does not exist is a mistake worth telling. */
    private void requireKnown(StationFilter filter) {
        List<FieldError> unknown = new ArrayList<>();
        filter.streetCode().filter(code -> streets.byCode(code).isEmpty())
                .ifPresent(code -> unknown.add(FieldError.of("streetCode", "UNKNOWN_STREET")));
        if (!stationIndex.facilityCodes().containsAll(filter.facilities())) {
            unknown.add(FieldError.of("facility", "UNKNOWN_FACILITY"));
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidFields(unknown);
        }
    }
}
