package cn.gonghui.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Demo stations exist in the dev profile only, one for each street without a real station. */
@QuarkusTest
class DemoDataTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theTestProfileHasNoDemoData() {
        assertThat(demoStations()).isZero();
    }

    @Test
    @TestTransaction
    void theDevProfileGetsOneDemoStationPerOtherStreetEvenWhenLoadedTwice() {
        DemoData dev = new DemoData(entityManager, true, Set.of("dev"));
        dev.load("demo-stations.sql");
        dev.load("demo-stations.sql");

        assertThat(demoStations()).isEqualTo(13);
        Number streetsWithoutStation = (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM streets WHERE NOT EXISTS (SELECT 1 FROM stations WHERE street_id = streets.id)")
                .getSingleResult();
        assertThat(streetsWithoutStation.intValue()).isZero();
    }

    @Test
    void askingForDemoDataInProductionStopsTheStart() {
        DemoData production = new DemoData(entityManager, true, Set.of("prod"));
        assertThatThrownBy(production::enabled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev profile only");
    }

    private int demoStations() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM stations WHERE demo").getSingleResult())
                .intValue();
    }
}
