package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.FacilityView;
import cn.gonghui.place.PlaceViews.StationView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the public directory of places: streets, facilities and stations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlaceDirectory {

    private final StationSearch stationSearch;

    public PlaceDirectory(StationSearch stationSearch) {
        this.stationSearch = stationSearch;
    }

    public Page<StreetView> streets(Optional<String> districtCode, PageParams page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        districtCode.ifPresent(code -> {
            conditions.add("d.code = :district");
            parameters.put("district", code);
        });
        page.after().map(cursor -> cursor.expect(2)).ifPresent(cursor -> {
            conditions.add("(d.code > :afterDistrict or (d.code = :afterDistrict and s.displayOrder > :afterOrder))");
            parameters.put("afterDistrict", cursor.text(0));
            parameters.put("afterOrder", (int) cursor.integer(1));
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // range() is inclusive at both ends: limit + 1 rows, the last one only telling there is more
        List<Street> rows = Street.<Street>find("from Street s join fetch s.district d" + where
                        + " order by d.code, s.displayOrder", parameters)
                .range(0, page.limit()).list();
        return Page.of(rows, page.limit(), street -> Cursor.of(street.district.code, street.displayOrder), StreetView::of);
    }

    public Page<FacilityView> facilities(PageParams page, Locale locale) {
        int afterOrder = page.after().map(cursor -> (int) cursor.expect(1).integer(0)).orElse(0);
        List<Facility> rows = Facility.<Facility>find("displayOrder > ?1 order by displayOrder", afterOrder)
                .range(0, page.limit()).list();
        return Page.of(rows, page.limit(), facility -> Cursor.of(facility.displayOrder),
                facility -> FacilityView.of(facility, locale));
    }

    public Page<StationView> stations(StationFilter filter, PageParams page, Locale locale) {
        requireKnown(filter);
        List<StationSearch.Hit> hits = stationSearch.find(filter, page.after(), page.limit() + 1);
        return Page.of(hits, page.limit(), StationSearch.Hit::cursor,
                hit -> StationView.of(hit.station(), hit.distanceMeters() == null ? null
                        : (int) Math.round(hit.distanceMeters()), locale));
    }

    public Optional<Versioned<StationView>> station(UUID id, Locale locale) {
        return Station.<Station>find("from Station s join fetch s.street st join fetch st.district where s.id = ?1", id)
                .firstResultOptional()
                .map(station -> new Versioned<>(StationView.of(station, null, locale), station.version));
    }

    /** A filter naming a street or facility that does not exist is a mistake worth telling. */
    private static void requireKnown(StationFilter filter) {
        List<FieldError> unknown = new ArrayList<>();
        filter.streetCode().filter(code -> Street.findByCode(code).isEmpty())
                .ifPresent(code -> unknown.add(FieldError.of("streetCode", "UNKNOWN_STREET")));
        List<String> facilities = filter.facilities();
        if (!facilities.isEmpty() && Facility.count("code in ?1", facilities) < facilities.size()) {
            unknown.add(FieldError.of("facility", "UNKNOWN_FACILITY"));
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidFields(unknown);
        }
    }
}
