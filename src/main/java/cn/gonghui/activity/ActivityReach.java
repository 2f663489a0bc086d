package cn.gonghui.activity;

import cn.gonghui.identity.Officers;
import cn.gonghui.security.Caller;
import cn.gonghui.security.DataScope;
import cn.gonghui.security.Role;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which activities an officer publishes and manages: an administrator every one; a district
 * officer those of their district, street or district-wide; a street officer those of their
 * streets. Outside the reach an activity is not found (404), as if it did not exist.
 */
record ActivityReach(boolean everything, UUID districtId, Set<UUID> streetIds, UUID officerId) {

    static ActivityReach of(Caller caller, Officers officers) {
        UUID officerId = UUID.fromString(caller.subject());
        if (caller.hasRole(Role.ADMIN)) {
            return new ActivityReach(true, null, Set.of(), officerId);
        }
        if (caller.hasRole(Role.DISTRICT_OFFICER)) {
            UUID district = officers.find(officerId).map(Officers.OfficerRef::districtId).orElse(null);
            return new ActivityReach(false, district, Set.of(), officerId);
        }
        Set<UUID> streets = caller.dataScope() instanceof DataScope.Streets scope ? scope.ids() : Set.of();
        return new ActivityReach(false, null, streets, officerId);
    }

    /** The JPQL condition on an activity {@code a}; its parameters go into {@code parameters}. */
    String condition(String alias, Map<String, Object> parameters) {
        if (everything) {
            return "1 = 1";
        }
        if (districtId != null) {
            parameters.put("reachDistrict", districtId);
            return alias + ".districtId = :reachDistrict";
        }
        if (streetIds.isEmpty()) {
            return "1 = 0";
        }
        parameters.put("reachStreets", streetIds);
        return alias + ".streetId in :reachStreets";
    }

    boolean reaches(Activity activity) {
        return reachesPlace(activity.districtId, activity.streetId);
    }

    /** A street activity ({@code streetId} given) or one of the whole district ({@code streetId} null). */
    boolean reachesPlace(UUID district, UUID streetId) {
        if (everything) {
            return true;
        }
        if (districtId != null) {
            return districtId.equals(district);
        }
        return streetId != null && streetIds.contains(streetId);
    }
}
