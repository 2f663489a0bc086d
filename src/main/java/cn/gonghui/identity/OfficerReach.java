package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts a caller may administer. An administrator reaches every account. A district officer
 * reaches the street officers of their own district only: accounts whose role is {@code officer}
 * and whose streets (at least one) all lie in that district; they can neither see nor make
 * administrators, auditors or district officers, nor give a street of another district. Street
 * officers, auditors, members and integrators reach nothing (403 at the door).
 */
public record OfficerReach(UUID districtId, Set<UUID> districtStreets) {

    /** The reach in words, for the contract. */
    static final String DOCUMENTED = "管理员可管理全部账号；区级干部只能管理本区街道的街道干部（不能设置其他角色或外区街道，"
            + "否则 403 OFFICER_OUT_OF_REACH）。/ Administrators manage every account; a district officer only the street "
            + "officers of their district's streets (another role or a street elsewhere is 403 OFFICER_OUT_OF_REACH). ";
    static final String REFUSED = "角色不允许，或超出区级干部的管理范围（OFFICER_OUT_OF_REACH）/ Not the "
            + "caller's role, or beyond a district officer's reach";

    public static OfficerReach everything() {
        return new OfficerReach(null, Set.of());
    }

    public boolean isEverything() {
        return districtId == null;
    }

    /** Whether the account is the caller's to see and change; one that is not is "not found". */
    public boolean covers(OfficerRecords.OfficerRecord officer) {
        return isEverything() || Role.OFFICER.claim().equals(officer.role()) && !officer.streetIds().isEmpty()
                && districtStreets.containsAll(officer.streetIds());
    }

    /** Refuses to give an account rights beyond the caller's reach: 403 {@code OFFICER_OUT_OF_REACH}. */
    public void requireMayGrant(String role, Collection<UUID> streetIds) {
        if (!isEverything() && (!Role.OFFICER.claim().equals(role) || !districtStreets.containsAll(streetIds))) {
            throw new ApiProblem(403, "OFFICER_OUT_OF_REACH");
        }
    }

    /** The SQL condition on {@code officers o} of the accounts in reach; its parameters go to {@code parameters}. */
    public String condition(Map<String, Object> parameters) {
        if (isEverything()) {
            return "1 = 1";
        }
        parameters.put("reachStreets", districtStreets.isEmpty() ? Set.of(new UUID(0, 0)) : districtStreets);
        return "o.roles = ARRAY['officer'] AND EXISTS (SELECT 1 FROM officer_streets r WHERE r.officer_id = o.id) "
                + "AND NOT EXISTS (SELECT 1 FROM officer_streets r WHERE r.officer_id = o.id "
                + "AND r.street_id NOT IN (:reachStreets))";
    }
}
