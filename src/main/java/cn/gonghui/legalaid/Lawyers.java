package cn.gonghui.legalaid;

import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Officer;
import cn.gonghui.place.PlaceViews.DistrictView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The union lawyers an officer may assign: enabled officers with the {@code lawyer} attribute who
 * work a street in the caller's scope, or the whole district of one; the same reach the engine
 * checks when one is assigned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Lawyers {

    private final EntityManager entityManager;

    public Lawyers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<LawyerView> list(DataScope scope, Optional<String> streetCode, PageParams page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder reach = new StringBuilder("SELECT id, district_id FROM streets WHERE ")
                .append(scopeCondition(scope, parameters));
        streetCode.ifPresent(code -> {
            reach.append(" AND code = :street");
            parameters.put("street", code);
        });
        String after = page.after().map(cursor -> {
            parameters.put("after", cursor.expect(1).uuid(0));
            return " AND o.id > :after";
        }).orElse("");
        Query query = entityManager.createNativeQuery("WITH reach AS (" + reach + """
                )
                SELECT o.id FROM officers o
                 WHERE o.enabled AND 'lawyer' = ANY (o.attributes)
                   AND (EXISTS (SELECT 1 FROM officer_streets os JOIN reach r ON r.id = os.street_id
                                 WHERE os.officer_id = o.id)
                        OR EXISTS (SELECT 1 FROM reach r WHERE r.district_id = o.district_id))""" + after
                + " ORDER BY o.id LIMIT " + (page.limit() + 1), UUID.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        List<Officer> lawyers = ids.isEmpty() ? List.of() : entityManager.createQuery("""
                        select distinct o from Officer o left join fetch o.streets s left join fetch s.district
                        left join fetch o.district where o.id in :ids order by o.id""", Officer.class)
                .setParameter("ids", ids).getResultList();
        return Page.of(lawyers, page.limit(), lawyer -> Cursor.of(lawyer.id), Lawyers::view);
    }

    private static String scopeCondition(DataScope scope, Map<String, Object> parameters) {
        if (scope instanceof DataScope.Streets streets && !streets.ids().isEmpty()) {
            parameters.put("scope", streets.ids());
            return "id IN (:scope)";
        }
        return scope instanceof DataScope.Everything ? "true" : "false";
    }

    private static LawyerView view(Officer lawyer) {
        List<StreetView> streets = lawyer.streets.stream().sorted(Comparator.comparing(street -> street.displayOrder))
                .map(StreetView::of).toList();
        DistrictView district = lawyer.district == null ? null
                : new DistrictView(lawyer.district.code, lawyer.district.name);
        return new LawyerView(lawyer.id, lawyer.displayName, streets, district);
    }
}
