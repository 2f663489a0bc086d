package cn.gonghui.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Officers for other capabilities, read only and as plain values: the application engine and the
 * lines learn who an officer is and what they work through these, never through {@link Officer}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Officers {

    /** An officer as others see them; {@code streetIds} sorted, {@code districtId} only for a whole district. */
    public record OfficerRef(UUID id, String username, String displayName, List<String> roles, boolean lawyer,
            List<UUID> streetIds, UUID districtId, boolean enabled) {

        /** Whether the officer works this street, one of their own or any of the district they work whole. */
        public boolean works(UUID streetId, UUID streetDistrictId) {
            return streetIds.contains(streetId) || districtId != null && districtId.equals(streetDistrictId);
        }
    }

    private static final String SELECT = """
            SELECT o.id, o.username, o.display_name, array_to_string(o.roles, ','), 'lawyer' = ANY (o.attributes),
                   (SELECT string_agg(os.street_id::text, ',') FROM officer_streets os WHERE os.officer_id = o.id),
                   o.district_id, o.enabled
            FROM officers o WHERE o.id IN (:ids)""";

    private final EntityManager entityManager;

    public Officers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<OfficerRef> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /** The officers of these ids that exist, by id; an id without an officer is simply not among them. */
    public Map<UUID, OfficerRef> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery(SELECT).setParameter("ids", ids).getResultList();
        return rows.stream().map(row -> ref((Object[]) row))
                .collect(Collectors.toMap(OfficerRef::id, Function.identity()));
    }

    private static OfficerRef ref(Object[] row) {
        return new OfficerRef((UUID) row[0], (String) row[1], (String) row[2], split((String) row[3]),
                Boolean.TRUE.equals(row[4]), split((String) row[5]).stream().map(UUID::fromString).sorted().toList(),
                (UUID) row[6], Boolean.TRUE.equals(row[7]));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
