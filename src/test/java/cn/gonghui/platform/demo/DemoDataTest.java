package cn.gonghui.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Demo stations exist in the dev profile only, one for each street without a real station; any
 * other profile refuses a database holding demo data (a real officer called admin is no demo account).
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DemoDataGuard guard;

    @Test
    void theTestProfileHasNoDemoData() {
        assertThat(demoStations()).isZero();
    }

    @Test
    @TestTransaction
    void theDevProfileGetsOneDemoStationPerOtherXichengStreetEvenWhenLoadedTwice() {
        DemoData dev = new DemoData(entityManager, true, Set.of("dev"));
        dev.load("demo-stations.sql");
        dev.load("demo-stations.sql");

        assertThat(demoStations()).isEqualTo(13);
        Number streetsWithoutStation = (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM streets JOIN districts ON districts.id = streets.district_id WHERE districts.code = "
                        + "'xicheng' AND NOT EXISTS (SELECT 1 FROM stations WHERE street_id = streets.id)")
                .getSingleResult();
        assertThat(streetsWithoutStation.intValue()).isZero();
    }

    @Test
    void askingForDemoDataInProductionStopsTheStart() {
        DemoData production = new DemoData(entityManager, true, Set.of("prod"));
        assertThatThrownBy(production::enabled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev profile only");
    }

    @Test
    void theTestProfileStartedBecauseItsDatabaseHoldsNoDemoData() {
        assertThatCode(guard::refuseIfPresent).doesNotThrowAnyException();
    }

    @Test
    @TestTransaction
    void aDatabaseADevRunFilledStopsAnyOtherProfileNamingWhatItFoundAndTheWayOut() {
        new DemoData(entityManager, true, Set.of("dev")).load("demo-stations.sql");
        entityManager.createNativeQuery("""
                INSERT INTO officers (id, username, display_name, password_hash, roles, enabled, created_at, updated_at, version)
                VALUES (gen_random_uuid(), 'desheng-officer', '德胜街道工会干部（演示）', 'x', ARRAY['officer'], true, now(), now(), 0),
                       (gen_random_uuid(), 'admin', '系统管理员', 'x', ARRAY['admin'], true, now(), now(), 0)""")
                .executeUpdate();

        assertThatThrownBy(guard::refuseIfPresent)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("1 demo accounts (desheng-officer)")
                .hasMessageContaining("13 demo stations (")
                .hasMessageContaining("GONGHUI_DATA_DIR")
                .hasMessageContaining("QUARKUS_PROFILE=dev");
    }

    private int demoStations() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM stations WHERE demo").getSingleResult())
                .intValue();
    }
}
