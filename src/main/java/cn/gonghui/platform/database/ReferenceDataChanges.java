package cn.gonghui.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Announces a change of reference data that instances keep in memory (the catalogue). The change
 * is announced with PostgreSQL's {@code NOTIFY} inside the changing transaction, so every instance
 * listening ({@link ReferenceDataListener}) hears it exactly when it commits and never when it rolls
 * back. This instance also drops its copy as soon as the transaction ends, without waiting for its
 * listener, and after a rollback too: a copy read inside the transaction may hold what never committed.
 */
@ApplicationScoped
public class ReferenceDataChanges {

    static final String CHANNEL = "gonghui_reference_data";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<ReferenceDataChanged> changed;

    public ReferenceDataChanges(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            Event<ReferenceDataChanged> changed) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.changed = changed;
    }

    /** Within the transaction that changes reference data of {@code kind}. */
    public void announce(String kind) {
        entityManager.createNativeQuery("SELECT CAST(pg_notify(:channel, :kind) AS text)")
                .setParameter("channel", CHANNEL)
                .setParameter("kind", kind)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changed.fire(new ReferenceDataChanged(kind));
            }
        });
    }
}
