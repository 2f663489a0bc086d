package cn.gonghui.disclosure;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ListParameters;
import cn.gonghui.security.DataScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which unions' documents an officer manages: a street officer their streets'; a district officer,
 * whose token names every street of the district, those streets' and the district's own; an
 * administrator every one.
 */
record DisclosureReach(boolean everything, Set<UUID> streets, Set<UUID> districts) {

    static DisclosureReach of(DataScope scope, StreetQueries places) {
        if (scope instanceof DataScope.Everything) {
            return new DisclosureReach(true, Set.of(), Set.of());
        }
        if (!(scope instanceof DataScope.Streets streets)) {
            return new DisclosureReach(false, Set.of(), Set.of());
        }
        Set<UUID> districts = new HashSet<>();
        places.byIds(streets.ids()).forEach(street -> {
            boolean whole = places.ofDistrict(street.districtId()).stream().allMatch(s -> streets.ids().contains(s.id()));
            if (whole) {
                districts.add(street.districtId());
            }
        });
        return new DisclosureReach(false, Set.copyOf(streets.ids()), Set.copyOf(districts));
    }

    boolean covers(UUID streetId, UUID districtId) {
        return everything || streetId != null && streets.contains(streetId) || districtId != null && districts.contains(districtId);
    }

    /** The same rule as a JPQL condition on a disclosure {@code d}. */
    String condition(Map<String, Object> parameters) {
        if (everything) {
            return "1 = 1";
        }
        List<String> reached = new ArrayList<>();
        if (!streets.isEmpty()) {
            reached.add(ListParameters.in("d.streetId", "reachStreets", streets, parameters));
        }
        if (!districts.isEmpty()) {
            reached.add(ListParameters.in("d.districtId", "reachDistricts", districts, parameters));
        }
        return reached.isEmpty() ? "1 = 0" : "(" + String.join(" or ", reached) + ")";
    }
}
