package cn.gonghui.platform.id;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free counters for the numbers people read out (application and member numbers). One
 * atomic upsert per number: concurrent requests and instances each get their own value, and a
 * rolled-back request gives its value back.
 */
@ApplicationScoped
public class HumanNumbers {

    private final EntityManager entityManager;

    public HumanNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long next(String sequence) {
        return ((Number) entityManager.createNativeQuery("""
                INSERT INTO number_sequences (name, last) VALUES (:name, 1)
                ON CONFLICT (name) DO UPDATE SET last = number_sequences.last + 1
                RETURNING last""")
                .setParameter("name", sequence)
                .getSingleResult()).longValue();
    }

    /**
     * Takes {@code count} consecutive numbers at once (a batch of an import): returns the first,
     * the others follow it. One statement, however many are taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(String sequence, int count) {
        long last = ((Number) entityManager.createNativeQuery("""
                INSERT INTO number_sequences (name, last) VALUES (:name, :count)
                ON CONFLICT (name) DO UPDATE SET last = number_sequences.last + :count
                RETURNING last""")
                .setParameter("name", sequence)
                .setParameter("count", count)
                .getSingleResult()).longValue();
        return last - count + 1;
    }
}
