package cn.gonghui.activity;

import cn.gonghui.place.Stations;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.DistrictRef;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a new activity belongs: a street (a street officer's own) or a whole district (a district
 * officer's own), and the station it is held at, which must stand there. The station's coordinates
 * become the activity's, for the nearest-first list.
 */
@ApplicationScoped
public class ActivityPlacement {

    /** The resolved place; {@code streetId} null for a district-wide activity, the location null without a station. */
    record Placement(UUID districtId, UUID streetId, UUID stationId, Double latitude, Double longitude) {
    }

    private final StreetQueries streets;
    private final Stations stations;

    public ActivityPlacement(StreetQueries streets, Stations stations) {
        this.streets = streets;
        this.stations = stations;
    }

    Placement resolve(String streetCode, String districtCode, UUID stationId, ActivityReach reach) {
        if ((streetCode == null) == (districtCode == null)) {
            throw invalid("streetCode", "STREET_OR_DISTRICT");
        }
        UUID districtId;
        UUID streetId = null;
        if (streetCode != null) {
            StreetRef street = streets.byCodes(List.of(streetCode)).stream().findFirst()
                    .orElseThrow(() -> invalid("streetCode", "UNKNOWN_STREET"));
            districtId = street.districtId();
            streetId = street.id();
        } else {
            districtId = streets.district(districtCode).map(DistrictRef::id)
                    .orElseThrow(() -> invalid("districtCode", "UNKNOWN_DISTRICT"));
        }
        if (!reach.reachesPlace(districtId, streetId)) {
            throw new ApiProblem(403, "ACTIVITY_OUT_OF_REACH", streetCode != null ? streetCode : districtCode);
        }
        if (stationId == null) {
            return new Placement(districtId, streetId, null, null, null);
        }
        Stations.StationLocation station = stations.location(stationId)
                .orElseThrow(() -> invalid("stationId", "UNKNOWN_STATION"));
        boolean there = streetId != null ? streetId.equals(station.streetId())
                : streets.find(station.streetId()).map(StreetRef::districtId).filter(districtId::equals).isPresent();
        if (!there) {
            throw invalid("stationId", "STATION_ELSEWHERE");
        }
        return new Placement(districtId, streetId, stationId, station.lat(), station.lng());
    }

    /** The street's code and the district's code of an activity, for its views. */
    Codes codesOf(UUID districtId, UUID streetId) {
        String street = streetId == null ? null : streets.find(streetId).map(StreetRef::code).orElse(null);
        String district = streets.district(districtId).map(DistrictRef::code).orElse(null);
        return new Codes(street, district);
    }

    Optional<StreetRef> street(String code) {
        return streets.byCodes(List.of(code)).stream().findFirst();
    }

    Optional<DistrictRef> district(String code) {
        return streets.district(code);
    }

    record Codes(String streetCode, String districtCode) {
    }

    static ApiProblem invalid(String field, String rule) {
        return ApiProblem.invalidFields(422, "ACTIVITY_INVALID", List.of(FieldError.of(field, rule)));
    }
}
