package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.StreetView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Streets and districts for other capabilities, as plain values: identity assigns officers to
 * streets and districts, applications and memberships name their street, through these, never
 * through the entities of this package. A list asks for all its streets at once ({@link #byIds},
 * {@link #viewsOf}), never one per row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StreetQueries {

    /** A street, with the district it belongs to and the letters that start that district's numbers (e.g. XC). */
    public record StreetRef(UUID id, String code, String name, UUID districtId, String districtCode,
            String districtNumberPrefix) {
    }

    public record DistrictRef(UUID id, String code, String name) {
    }

    /** The streets of these codes that exist; a code without a street is simply not among them. */
    public List<StreetRef> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : Street.<Street>find("from Street s join fetch s.district where s.code in ?1", codes).stream()
                        .map(StreetQueries::ref).toList();
    }

    public Optional<StreetRef> byCode(String code) {
        return code == null ? Optional.empty() : byCodes(List.of(code)).stream().findFirst();
    }

    public Optional<StreetRef> find(UUID id) {
        return id == null ? Optional.empty() : byIds(List.of(id)).stream().findFirst();
    }

    public List<StreetRef> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : Street.<Street>find("from Street s join fetch s.district where s.id in ?1", ids).stream()
                        .map(StreetQueries::ref).toList();
    }

    /** The streets of these ids as the public directory shows them, by id, in their display order. */
    public Map<UUID, StreetView> viewsOf(Collection<UUID> ids) {
        Map<UUID, StreetView> views = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Street.<Street>find("from Street s join fetch s.district where s.id in ?1 order by s.displayOrder, s.code", ids)
                    .stream().forEach(street -> views.put(street.id, StreetView.of(street)));
        }
        return views;
    }

    /** One street as the public directory shows it; empty for no street. */
    public Optional<StreetView> viewOf(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(viewsOf(List.of(id)).get(id));
    }

    public List<StreetRef> ofDistrict(UUID districtId) {
        return Street.<Street>find("from Street s join fetch s.district d where d.id = ?1", districtId).stream()
                .map(StreetQueries::ref).toList();
    }

    public Optional<DistrictRef> district(String code) {
        return District.<District>find("code", code).firstResultOptional().map(StreetQueries::ref);
    }

    public Optional<DistrictRef> district(UUID id) {
        return District.<District>findByIdOptional(id).map(StreetQueries::ref);
    }

    private static StreetRef ref(Street street) {
        return new StreetRef(street.id, street.code, street.name, street.district.id, street.district.code,
                street.district.numberPrefix);
    }

    private static DistrictRef ref(District district) {
        return new DistrictRef(district.id, district.code, district.name);
    }
}
