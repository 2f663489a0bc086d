package cn.gonghui.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where a service is offered: every district unless switched off there
 * ({@code service_district_settings}). Districts and streets are place's: the catalogue reads their
 * tables in SQL rather than reach for another capability's entities.
 */
@ApplicationScoped
public class ServiceAvailability {

    /** A district and whether it offers the service. */
    public record District(UUID id, String code, String name, boolean enabled) {
    }

    private final EntityManager entityManager;

    public ServiceAvailability(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every district, in code order, with whether it offers the service. */
    public List<District> districts(String serviceCode) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT d.id, d.code, d.name, COALESCE(s.enabled, TRUE)
                          FROM districts d
                          LEFT JOIN service_district_settings s ON s.district_id = d.id AND s.service_code = :service
                         ORDER BY d.code""", Object[].class)
                .setParameter("service", serviceCode).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new District((UUID) row[0], (String) row[1], (String) row[2], (Boolean) row[3])).toList();
    }

    /** Whether the district of this street has switched the service off; an unknown street is not ours to judge. */
    public boolean offAtStreet(String serviceCode, String streetCode) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM streets st
                          JOIN service_district_settings s ON s.district_id = st.district_id
                         WHERE st.code = :street AND s.service_code = :service AND NOT s.enabled""")
                .setParameter("street", streetCode).setParameter("service", serviceCode).getResultList().isEmpty();
    }

    /** Switches the service on or off in a district. */
    public void set(String serviceCode, UUID districtId, boolean enabled, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO service_district_settings (service_code, district_id, enabled, updated_at)
                        VALUES (:service, :district, :enabled, :now)
                        ON CONFLICT (service_code, district_id)
                        DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at""")
                .setParameter("service", serviceCode).setParameter("district", districtId)
                .setParameter("enabled", enabled).setParameter("now", now).executeUpdate();
    }

    /**
     * The codes of the districts every street of which is in {@code streets}: those a district
     * officer, whose token names all the streets of their district, answers for.
     */
    public Set<String> districtsCoveredBy(Set<UUID> streets) {
        if (streets.isEmpty()) {
            return Set.of();
        }
        List<?> codes = entityManager.createNativeQuery("""
                        SELECT d.code FROM districts d
                         WHERE EXISTS (SELECT 1 FROM streets st WHERE st.district_id = d.id)
                           AND NOT EXISTS (SELECT 1 FROM streets st WHERE st.district_id = d.id AND st.id NOT IN (:streets))""",
                        String.class)
                .setParameter("streets", streets).getResultList();
        return Set.copyOf(codes.stream().map(String.class::cast).toList());
    }
}
