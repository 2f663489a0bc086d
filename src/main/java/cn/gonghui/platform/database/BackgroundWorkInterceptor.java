package cn.gonghui.platform.database;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Gives the transaction of a {@link BackgroundWork} method the job's timeouts. It runs inside the
 * platform's {@code @Transactional} interceptor (a later priority), so the transaction exists when
 * it sets them; outside any transaction it does nothing.
 */
@BackgroundWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class BackgroundWorkInterceptor {

    private final TransactionManager transactions;
    private final EntityManager entityManager;
    private final String timeouts;

    public BackgroundWorkInterceptor(TransactionManager transactions, EntityManager entityManager,
            @ConfigProperty(name = "gonghui.database.job-lock-timeout") Duration lockTimeout,
            @ConfigProperty(name = "gonghui.database.job-statement-timeout") Duration statementTimeout) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        // whole milliseconds from typed durations: nothing from outside reaches the statement
        this.timeouts = "SET LOCAL lock_timeout = " + lockTimeout.toMillis()
                + "; SET LOCAL statement_timeout = " + statementTimeout.toMillis();
    }

    @AroundInvoke
    Object withJobTimeouts(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute(timeouts);
                }
            });
        }
        return invocation.proceed();
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() == Status.STATUS_ACTIVE;
    }
}
