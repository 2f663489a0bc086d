package cn.gonghui.identity;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an account's role allows it to hold: a street officer works one or more streets (and may be
 * a union lawyer); a district officer works a whole district and names no streets; auditors and
 * administrators have neither. Unknown codes are 400 {@code VALIDATION_FAILED}; a combination the
 * role does not allow is 422 {@code OFFICER_INVALID}, each naming the field.
 */
@ApplicationScoped
public class OfficerAssignment {

    /** The rights resolved to ids. */
    public record Rights(String role, UUID districtId, List<UUID> streetIds, boolean lawyer) {
    }

    private final StreetQueries places;

    public OfficerAssignment(StreetQueries places) {
        this.places = places;
    }

    public Rights resolve(String role, List<String> streetCodes, String districtCode, boolean lawyer) {
        List<String> codes = streetCodes == null ? List.of() : List.copyOf(new LinkedHashSet<>(streetCodes));
        Map<String, StreetRef> streets = places.byCodes(codes).stream()
                .collect(Collectors.toMap(StreetRef::code, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!streets.containsKey(codes.get(i))) {
                unknown.add(FieldError.of("streetCodes[" + i + "]", "UNKNOWN_STREET"));
            }
        }
        UUID districtId = null;
        if (districtCode != null) {
            districtId = places.district(districtCode).map(StreetQueries.DistrictRef::id).orElse(null);
            if (districtId == null) {
                unknown.add(FieldError.of("districtCode", "UNKNOWN_DISTRICT"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidFields(unknown);
        }
        requireAllowed(role, codes, districtCode, lawyer);
        List<UUID> streetIds = codes.stream().map(code -> streets.get(code).id()).sorted().toList();
        return new Rights(role, districtId, streetIds, lawyer);
    }

    private static void requireAllowed(String role, List<String> streets, String district, boolean lawyer) {
        boolean streetOfficer = Role.OFFICER.claim().equals(role);
        boolean districtOfficer = Role.DISTRICT_OFFICER.claim().equals(role);
        List<FieldError> errors = new ArrayList<>();
        if (streetOfficer && streets.isEmpty()) {
            errors.add(FieldError.of("streetCodes", "STREETS_REQUIRED"));
        }
        if (!streetOfficer && !streets.isEmpty()) {
            errors.add(FieldError.of("streetCodes", "NOT_FOR_ROLE"));
        }
        if (districtOfficer && district == null) {
            errors.add(FieldError.of("districtCode", "DISTRICT_REQUIRED"));
        }
        if (!districtOfficer && district != null) {
            errors.add(FieldError.of("districtCode", "NOT_FOR_ROLE"));
        }
        if (!streetOfficer && lawyer) {
            errors.add(FieldError.of("lawyer", "NOT_FOR_ROLE"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, "OFFICER_INVALID", errors);
        }
    }

    /** The codes of streets and district, for the view. */
    public Set<String> streetCodes(List<UUID> streetIds) {
        return places.byIds(streetIds).stream().map(StreetRef::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public String districtCode(UUID districtId) {
        return districtId == null ? null : places.district(districtId).map(StreetQueries.DistrictRef::code).orElse(null);
    }

    /** The reach of a district officer: their district's streets. */
    public OfficerReach reachOfDistrict(UUID districtId) {
        return new OfficerReach(districtId, places.ofDistrict(districtId).stream().map(StreetRef::id)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** A street code of a list filter, as its id; unknown is a 400 naming the parameter. */
    public UUID streetId(String code) {
        return places.byCodes(List.of(code)).stream().findFirst().map(StreetRef::id)
                .orElseThrow(() -> ApiProblem.invalidField("streetCode", "UNKNOWN_STREET"));
    }
}
