package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.database.ReadOnlyTransaction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * A read runs in a transaction of its own that PostgreSQL keeps read-only, and one called from a
 * write joins the write's transaction unchanged.
 */
@QuarkusTest
class ReadOnlyTransactionTest {

    @Inject
    Reads reads;

    @Test
    void aReadSeesOneSnapshotAndCannotWrite() {
        assertThat(reads.transactionIsReadOnly()).isEqualTo("on");
        assertThat(reads.sameTransactionTwice()).isTrue();
        assertThatThrownBy(reads::writeInsideARead).hasStackTraceContaining("read-only transaction");
    }

    @Test
    void aReadCalledFromAWriteJoinsTheWrite() {
        String readOnly = QuarkusTransaction.requiringNew().call(reads::transactionIsReadOnly);
        assertThat(readOnly).isEqualTo("off");
    }

    /** Reads as the services make them. */
    @ApplicationScoped
    @ReadOnlyTransaction
    static class Reads {

        @Inject
        EntityManager entityManager;

        String transactionIsReadOnly() {
            return (String) entityManager.createNativeQuery("SHOW transaction_read_only").getSingleResult();
        }

        boolean sameTransactionTwice() {
            Object first = entityManager.createNativeQuery("SELECT CAST(txid_current_if_assigned() AS text)")
                    .getSingleResult();
            Object id = entityManager.createNativeQuery("SELECT CAST(pg_current_xact_id_if_assigned() AS text)")
                    .getSingleResult();
            Object start = entityManager.createNativeQuery("SELECT CAST(now() AS text)").getSingleResult();
            Object again = entityManager.createNativeQuery("SELECT CAST(now() AS text)").getSingleResult();
            // now() is the transaction's start: the same in every statement of one transaction
            return first == null && id == null && start.equals(again);
        }

        void writeInsideARead() {
            entityManager.createNativeQuery("CREATE TEMP TABLE read_only_probe (id int)").executeUpdate();
        }
    }
}
