package cn.gonghui.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The table of idempotency keys and the responses they stand for. */
@ApplicationScoped
public class IdempotencyStore {

    /** A key's stored first answer. */
    public record StoredResponse(String fingerprint, int status, String body, String location, String etag) {
    }

    private final EntityManager entityManager;

    public IdempotencyStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for this transaction. A concurrent claim of the same key waits here until the
     * first transaction ends: it then finds the committed answer, or claims the key itself when
     * the first one rolled back.
     */
    boolean claim(String caller, String key, String fingerprint, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO idempotency_keys (caller, idempotency_key, fingerprint, created_at)
                VALUES (:caller, :key, :fingerprint, :now)
                ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    void complete(String caller, String key, int status, String body, String location, String etag) {
        entityManager.createNativeQuery("""
                UPDATE idempotency_keys
                   SET response_status = :status, response_body = :body,
                       response_location = :location, response_etag = :etag
                 WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("location", location)
                .setParameter("etag", etag)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    Optional<StoredResponse> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT fingerprint, response_status, response_body, response_location, response_etag
                  FROM idempotency_keys
                 WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredResponse((String) row[0],
                ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    /** Forgets every stored answer of a caller: they may hold its personal data. */
    public int forget(String caller) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_keys WHERE caller = :caller")
                .setParameter("caller", caller)
                .executeUpdate();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
