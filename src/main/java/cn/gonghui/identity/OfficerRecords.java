package cn.gonghui.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of officer accounts as the administration reads and writes them, in SQL: the district
 * and the streets are ids here, so identity never handles the place entities behind them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficerRecords {

    /** An account as stored; {@code streetIds} in no particular order. */
    public record OfficerRecord(UUID id, String username, String displayName, String role, UUID districtId,
            List<UUID> streetIds, boolean lawyer, boolean enabled, boolean passwordChangeRequired, long version,
            Instant createdAt, Instant updatedAt) {
    }

    /** The columns of {@link #row}, for lists that page this select with their own conditions. */
    static final String SELECT = """
            SELECT o.id, o.username, o.display_name, o.roles[1], o.district_id,
                   (SELECT string_agg(os.street_id::text, ',') FROM officer_streets os WHERE os.officer_id = o.id),
                   'lawyer' = ANY (o.attributes), o.enabled, o.password_change_required, o.version, o.created_at,
                   o.updated_at
            FROM officers o""";

    private final EntityManager entityManager;
    private final CurrentAccounts accounts;

    public OfficerRecords(EntityManager entityManager, CurrentAccounts accounts) {
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    /** The account, its row locked for the change to come when {@code forUpdate}. */
    public Optional<OfficerRecord> find(UUID id, boolean forUpdate) {
        List<?> rows = entityManager.createNativeQuery(SELECT + " WHERE o.id = :id" + (forUpdate ? " FOR UPDATE OF o" : ""))
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> row((Object[]) row));
    }

    /** Stores a new account; false when the user name is taken (by another request at the same moment too). */
    public boolean insert(OfficerRecord officer, String passwordHash) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO officers (id, username, display_name, password_hash, roles, district_id, attributes, enabled,
                                      password_change_required, token_version, created_at, updated_at, version)
                VALUES (:id, :username, :displayName, :hash, ARRAY[CAST(:role AS text)], CAST(:district AS uuid),
                        CASE WHEN :lawyer THEN ARRAY['lawyer'] ELSE CAST('{}' AS text[]) END, true, true, 0, :now, :now, 0)
                ON CONFLICT (username) DO NOTHING""")
                .setParameter("id", officer.id()).setParameter("username", officer.username())
                .setParameter("displayName", officer.displayName()).setParameter("hash", passwordHash)
                .setParameter("role", officer.role()).setParameter("district", officer.districtId())
                .setParameter("lawyer", officer.lawyer()).setParameter("now", officer.createdAt())
                .executeUpdate();
        if (inserted == 1) {
            replaceStreets(officer.id(), officer.streetIds());
        }
        return inserted == 1;
    }

    /**
     * Writes what the administration changes; {@code rightsChanged} moves the token version on, so
     * tokens issued before are refused from their next request.
     */
    public void update(OfficerRecord officer, boolean rightsChanged) {
        entityManager.createNativeQuery("""
                UPDATE officers SET display_name = :displayName, roles = ARRAY[CAST(:role AS text)], district_id = CAST(:district AS uuid),
                       attributes = array_remove(attributes, 'lawyer') || CASE WHEN :lawyer THEN ARRAY['lawyer']
                                    ELSE CAST('{}' AS text[]) END,
                       enabled = :enabled, updated_at = :now, version = version + 1,
                       token_version = token_version + CASE WHEN :rightsChanged THEN 1 ELSE 0 END
                WHERE id = :id""")
                .setParameter("displayName", officer.displayName()).setParameter("role", officer.role())
                .setParameter("district", officer.districtId()).setParameter("lawyer", officer.lawyer())
                .setParameter("enabled", officer.enabled()).setParameter("now", officer.updatedAt())
                .setParameter("rightsChanged", rightsChanged).setParameter("id", officer.id())
                .executeUpdate();
        accounts.officerChanging(officer.id());
        replaceStreets(officer.id(), officer.streetIds());
    }

    /** A new initial password: the officer must change it, and every token of theirs ends. */
    public void setInitialPassword(UUID id, String passwordHash, Instant now) {
        entityManager.createNativeQuery("""
                UPDATE officers SET password_hash = :hash, password_change_required = true, updated_at = :now,
                       version = version + 1, token_version = token_version + 1
                WHERE id = :id""")
                .setParameter("hash", passwordHash).setParameter("now", now).setParameter("id", id).executeUpdate();
        accounts.officerChanging(id);
    }

    private void replaceStreets(UUID officerId, Collection<UUID> streetIds) {
        entityManager.createNativeQuery("DELETE FROM officer_streets WHERE officer_id = :id AND street_id NOT IN (:keep)")
                .setParameter("id", officerId)
                .setParameter("keep", streetIds.isEmpty() ? List.of(new UUID(0, 0)) : streetIds).executeUpdate();
        for (UUID street : streetIds) {
            entityManager.createNativeQuery("""
                    INSERT INTO officer_streets (officer_id, street_id) VALUES (:officer, :street) ON CONFLICT DO NOTHING""")
                    .setParameter("officer", officerId).setParameter("street", street).executeUpdate();
        }
    }

    static OfficerRecord row(Object[] row) {
        String streets = (String) row[5];
        List<UUID> streetIds = streets == null ? List.of()
                : Arrays.stream(streets.split(",")).map(UUID::fromString).sorted().toList();
        return new OfficerRecord((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                streetIds, (Boolean) row[6], (Boolean) row[7], (Boolean) row[8], ((Number) row[9]).longValue(),
                instant(row[10]), instant(row[11]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
