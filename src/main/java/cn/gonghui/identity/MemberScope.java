package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The members a caller's data scope reaches, as a SQL condition on {@code members m}: an officer's
 * streets reach the members their unions reach ({@link UnionMembers}), an administrator reaches
 * everyone. The officers' list, one member, the look-up and the audited look all use it, so what an
 * officer can list is exactly what they can open.
 */
@ApplicationScoped
public class MemberScope {

    static final String STREETS = "scopeStreets";
    static final String STATUS = "scopeMembershipStatus";

    private final UnionMembers unions;
    private final EntityManager entityManager;

    public MemberScope(UnionMembers unions, EntityManager entityManager) {
        this.unions = unions;
        this.entityManager = entityManager;
    }

    /** The condition for {@code scope}, narrowed to the union of one street when {@code streetCode} is given. */
    public String condition(DataScope scope, Optional<String> streetCode, Map<String, Object> parameters) {
        return condition(scope, streetCode, Optional.empty(), parameters);
    }

    /**
     * The same, narrowed further to the members whose membership there has {@code membershipStatus}
     * (its code, e.g. {@code imported}: a roster's members nobody has claimed yet).
     */
    public String condition(DataScope scope, Optional<String> streetCode, Optional<String> membershipStatus,
            Map<String, Object> parameters) {
        Optional<UUID> onlyStreet = streetCode.map(this::streetId);
        if (scope instanceof DataScope.Everything) {
            if (onlyStreet.isPresent()) {
                return reached(Set.of(onlyStreet.get()), membershipStatus, parameters);
            }
            if (membershipStatus.isEmpty()) {
                return "TRUE";
            }
            parameters.put(STATUS, membershipStatus.get());
            return "m.id IN (" + unions.memberIdsWithStatus(STATUS) + ")";
        }
        if (scope instanceof DataScope.Streets streets) {
            Set<UUID> ids = new HashSet<>(streets.ids());
            onlyStreet.ifPresent(street -> ids.retainAll(Set.of(street)));
            return reached(ids, membershipStatus, parameters);
        }
        if (scope instanceof DataScope.OwnRecords own) {
            parameters.put("scopeMember", own.memberId());
            return "m.id = :scopeMember";
        }
        return "FALSE";
    }

    private String reached(Set<UUID> streets, Optional<String> membershipStatus, Map<String, Object> parameters) {
        if (streets.isEmpty()) {
            return "FALSE";
        }
        parameters.put(STREETS, streets);
        membershipStatus.ifPresent(status -> parameters.put(STATUS, status));
        return "m.id IN (" + membershipStatus.map(status -> unions.memberIdsOfStreets(STREETS, STATUS))
                .orElseGet(() -> unions.memberIdsOfStreets(STREETS)) + ")";
    }

    /** Streets are place's; identity reads their codes in SQL rather than reach for place's entity. */
    private UUID streetId(String code) {
        List<?> ids = entityManager.createNativeQuery("SELECT id FROM streets WHERE code = :code", UUID.class)
                .setParameter("code", code).getResultList();
        if (ids.isEmpty()) {
            throw ApiProblem.invalidField("streetCode", "UNKNOWN_STREET");
        }
        return (UUID) ids.get(0);
    }
}
