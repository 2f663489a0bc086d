package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The rule that keeps the service administrable: an enabled administrator always remains, so no
 * change can lock the union out of its own service. Every change that could remove one, and the
 * start-up bootstrap that adds the first, takes one PostgreSQL transaction-level advisory lock
 * first: instances and requests at the same moment take turns, and each sees the others' result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Administrators {

    /** The advisory lock's key: any fixed number no other lock of the service uses ("GHADMIN1"). */
    private static final long LOCK = 0x4748_4144_4d49_4e31L;

    private final EntityManager entityManager;

    public Administrators(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits for the other changes of administrators to commit; released with the transaction. */
    public void lock() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", LOCK).getSingleResult();
    }

    public long enabledCount() {
        return ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM officers WHERE 'admin' = ANY (roles) AND enabled").getSingleResult()).longValue();
    }

    /** Refuses to disable or demote the last enabled administrator: 409 {@code LAST_ADMIN}. */
    public void requireAnotherBesides(UUID leaving) {
        lock();
        long others = ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM officers WHERE 'admin' = ANY (roles) AND enabled AND id <> :id")
                .setParameter("id", leaving).getSingleResult()).longValue();
        if (others == 0) {
            throw ApiProblem.conflict("LAST_ADMIN");
        }
    }
}
