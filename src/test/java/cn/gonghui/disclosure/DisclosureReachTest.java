package cn.gonghui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reach as a query condition: only what an officer reaches is named, and no reach matches nothing. */
class DisclosureReachTest {

    private static final UUID DESHENG = UUID.randomUUID();
    private static final UUID XICHENG = UUID.randomUUID();

    @Test
    void aStreetOfficerReachesTheirStreetsOnly() {
        Map<String, Object> parameters = new HashMap<>();

        String condition = new DisclosureReach(false, Set.of(DESHENG), Set.of()).condition(parameters);

        assertThat(condition).isEqualTo("(d.streetId = :reachStreets_0)");
        assertThat(parameters).containsExactly(Map.entry("reachStreets_0", DESHENG));
    }

    @Test
    void aDistrictOfficerReachesTheStreetsAndTheDistrictsOwn() {
        Map<String, Object> parameters = new HashMap<>();

        String condition = new DisclosureReach(false, Set.of(DESHENG), Set.of(XICHENG)).condition(parameters);

        assertThat(condition).isEqualTo("(d.streetId = :reachStreets_0 or d.districtId = :reachDistricts_0)");
        assertThat(parameters).containsOnly(Map.entry("reachStreets_0", DESHENG),
                Map.entry("reachDistricts_0", XICHENG));
    }

    @Test
    void noReachMatchesNothingAndNamesNoParameter() {
        Map<String, Object> parameters = new HashMap<>();

        assertThat(new DisclosureReach(false, Set.of(), Set.of()).condition(parameters)).isEqualTo("1 = 0");
        assertThat(parameters).isEmpty();
    }

    @Test
    void anAdministratorReachesEverything() {
        Map<String, Object> parameters = new HashMap<>();

        assertThat(new DisclosureReach(true, Set.of(), Set.of()).condition(parameters)).isEqualTo("1 = 1");
        assertThat(parameters).isEmpty();
    }
}
