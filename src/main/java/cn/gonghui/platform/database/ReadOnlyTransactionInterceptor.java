package cn.gonghui.platform.database;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.Statement;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Starts the read-only transaction of {@link ReadOnlyTransaction}. It runs outside the platform's
 * {@code @Transactional} interceptor, so a class-level {@code SUPPORTS} inside it joins this
 * transaction instead of running each query on its own.
 */
@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadOnlyTransactionInterceptor {

    private final TransactionManager transactions;
    private final EntityManager entityManager;

    public ReadOnlyTransactionInterceptor(TransactionManager transactions, EntityManager entityManager) {
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        transactions.begin();
        Object result;
        try {
            Session session = entityManager.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION READ ONLY");
                }
            });
            result = invocation.proceed();
        } catch (Exception | Error failure) {
            rollbackAfter(failure);
            throw failure;
        }
        transactions.commit();
        return result;
    }

    /** Ends the transaction after a failure without hiding the failure behind a second one. */
    private void rollbackAfter(Throwable failure) {
        try {
            transactions.rollback();
        } catch (Exception | Error rollback) {
            failure.addSuppressed(rollback);
        }
    }
}
