package cn.gonghui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.place.StreetQueries;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev profile's demo accounts, created here inside a transaction the test rolls back. */
@QuarkusTest
class DemoAccountsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    StreetQueries streets;

    @Test
    @TestTransaction
    void theDemoLawyerOfDeshengCanBeAssignedLegalAidEvenWhenTheAccountsAreCreatedTwice() {
        DemoAccountSeeding seeding = new DemoAccountSeeding(entityManager, hasher, clock);
        seeding.createAll();
        seeding.createAll();
        DemoAccounts demo = new DemoAccounts(entityManager);

        Officer lawyer = Officer.findByUsername(DemoAccounts.DEMO_LAWYER).orElseThrow();
        assertThat(lawyer.hasAttribute("lawyer")).isTrue();
        assertThat(lawyer.streetIds).containsExactly(streets.byCode("desheng").orElseThrow().id());
        assertThat(Officer.findByUsername("desheng-officer").orElseThrow().hasAttribute("lawyer")).isFalse();
        List<?> clients = entityManager.createNativeQuery(
                "SELECT client_id FROM integrator_clients WHERE client_id IN ('bank-demo', 'merchant-demo')")
                .getResultList();
        assertThat(clients).hasSize(2);
        assertThat(demo.present()).as("what a prod start on this database would refuse")
                .containsExactly("admin", "auditor", "desheng-lawyer", "desheng-officer", "jinrongjie-officer",
                        "xicheng-district", "bank-demo", "merchant-demo");
    }
}
