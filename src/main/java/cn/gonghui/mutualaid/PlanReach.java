package cn.gonghui.mutualaid;

import cn.gonghui.identity.Officers;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.security.Caller;
import cn.gonghui.security.DataScope;
import cn.gonghui.security.Role;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which districts' plans an officer reaches: an administrator every one; a district officer her
 * district's, the only one she keeps plans for; a street officer those of her streets' districts, to
 * read and enroll into. A plan outside the reach is not found (404), as if it did not exist.
 */
record PlanReach(boolean everything, Set<UUID> districts, UUID ownDistrict) {

    static PlanReach of(Caller caller, Officers officers, StreetQueries streets) {
        if (caller.hasRole(Role.ADMIN)) {
            return new PlanReach(true, Set.of(), null);
        }
        if (caller.hasRole(Role.DISTRICT_OFFICER)) {
            UUID district = officers.find(UUID.fromString(caller.subject())).map(Officers.OfficerRef::districtId)
                    .orElse(null);
            return new PlanReach(false, district == null ? Set.of() : Set.of(district), district);
        }
        Set<UUID> districts = new HashSet<>();
        if (caller.dataScope() instanceof DataScope.Streets scope) {
            scope.ids().forEach(street -> streets.find(street).ifPresent(ref -> districts.add(ref.districtId())));
        }
        return new PlanReach(false, Set.copyOf(districts), null);
    }

    boolean reaches(UUID districtId) {
        return everything || districtId != null && districts.contains(districtId);
    }

    /** The JPQL condition on a plan {@code p}; its parameters go into {@code parameters}. */
    String condition(String alias, Map<String, Object> parameters) {
        if (everything) {
            return "1 = 1";
        }
        if (districts.isEmpty()) {
            return "1 = 0";
        }
        parameters.put("reachDistricts", districts);
        return alias + ".districtId in :reachDistricts";
    }
}
