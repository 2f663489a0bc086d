package cn.gonghui.legalaid;

import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Officers;
import cn.gonghui.identity.Officers.OfficerRef;
import cn.gonghui.place.PlaceViews.DistrictView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The union lawyers an officer may assign: enabled officers with the {@code lawyer} attribute who
 * work a street in the caller's scope, or the whole district of one; the same reach the engine
 * checks when one is assigned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Lawyers {

    private final EntityManager entityManager;
    private final Officers officers;
    private final StreetQueries places;

    public Lawyers(EntityManager entityManager, Officers officers, StreetQueries places) {
        this.entityManager = entityManager;
        this.officers = officers;
        this.places = places;
    }

    public Page<LawyerView> list(DataScope scope, Optional<String> streetCode, PageParams page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder reach = new StringBuilder("SELECT id, district_id FROM streets WHERE ")
                .append(scopeCondition(scope, parameters));
        streetCode.ifPresent(code -> {
            reach.append(" AND code = :street");
            parameters.put("street", code);
        });
        KeysetQuery<UUID> query = KeysetQuery.sql("WITH reach AS (" + reach + ") SELECT o.id FROM officers o", UUID.class)
                .where("""
                        o.enabled AND 'lawyer' = ANY (o.attributes)
                          AND (EXISTS (SELECT 1 FROM officer_streets os JOIN reach r ON r.id = os.street_id
                                        WHERE os.officer_id = o.id)
                               OR EXISTS (SELECT 1 FROM reach r WHERE r.district_id = o.district_id))""")
                .orderBy(Direction.ASCENDING, SortKey.uuid("o.id"))
                .page(page);
        parameters.forEach(query::with);
        List<UUID> ids = query.fetch(entityManager);
        // the page is keyed on the ids; their officers, streets and districts come in a few more queries
        Map<UUID, OfficerRef> lawyers = officers.findAll(ids);
        Map<UUID, StreetView> streets = places.viewsOf(lawyers.values().stream()
                .flatMap(lawyer -> lawyer.streetIds().stream()).collect(Collectors.toSet()));
        Map<UUID, DistrictView> districts = new HashMap<>();
        lawyers.values().stream().map(OfficerRef::districtId).filter(Objects::nonNull).distinct()
                .forEach(id -> places.district(id).ifPresent(d -> districts.put(id, new DistrictView(d.code(), d.name()))));
        return query.toPage(ids, id -> Cursor.of(id), id -> view(lawyers.get(id), streets, districts));
    }

    private static String scopeCondition(DataScope scope, Map<String, Object> parameters) {
        if (scope instanceof DataScope.Streets streets && !streets.ids().isEmpty()) {
            parameters.put("scope", streets.ids());
            return "id IN (:scope)";
        }
        return scope instanceof DataScope.Everything ? "true" : "false";
    }

    private static LawyerView view(OfficerRef lawyer, Map<UUID, StreetView> streets, Map<UUID, DistrictView> districts) {
        List<StreetView> own = streets.entrySet().stream().filter(street -> lawyer.streetIds().contains(street.getKey()))
                .map(Map.Entry::getValue).toList();
        return new LawyerView(lawyer.id(), lawyer.displayName(), own,
                lawyer.districtId() == null ? null : districts.get(lawyer.districtId()));
    }
}
