package cn.gonghui.place;

import cn.gonghui.platform.database.ListParameters;
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
 * Stations for other capabilities, read only and as plain values: appointments and card pickups
 * learn where a station is and what it is called through these, never through {@link Station}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Stations {

    /** A station as others see it. */
    public record StationRef(UUID id, UUID streetId, String name, String address, StationKind kind) {
    }

    /** Where a station stands (WGS 84): activities held there are found nearest first. */
    public record StationLocation(UUID id, UUID streetId, double lat, double lng) {
    }

    private final EntityManager entityManager;

    public Stations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<StationRef> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    public boolean exists(UUID id) {
        return find(id).isPresent();
    }

    /** The stations of these ids that exist, by id, in one query; an id without a station is simply not among them. */
    public Map<UUID, StationRef> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ListParameters.spread("select s.id, s.street.id, s.name, s.address, s.kind from Station s "
                        + "where s.id in :ids", Map.of("ids", ids))
                .query(entityManager, Object[].class).getResultList().stream()
                .map(row -> new StationRef((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (StationKind) row[4]))
                .collect(Collectors.toMap(StationRef::id, Function.identity()));
    }

    public Optional<StationLocation> location(UUID id) {
        return entityManager.createQuery("select s.street.id, s.latitude, s.longitude from Station s where s.id = :id",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(row -> new StationLocation(id, (UUID) row[0], (Double) row[1], (Double) row[2]));
    }
}
