package cn.gonghui.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LocalDefaultsTest {

    @Test
    void aConfiguredDatabaseMeansNothingIsStartedOrGenerated() {
        Properties system = new Properties();
        LocalDefaults.applyUnlessConfigured(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/gonghui"),
                system);
        assertThat(system).isEmpty();

        Properties viaProperty = new Properties();
        viaProperty.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/gonghui");
        LocalDefaults.applyUnlessConfigured(Map.of(), viaProperty);
        assertThat(viaProperty).containsOnlyKeys("quarkus.datasource.jdbc.url");
    }

    @Test
    void aHotReloadReusesWhatTheFirstStartSetUp() {
        Properties system = new Properties();
        system.setProperty(LocalDefaults.APPLIED_MARKER, "jdbc:postgresql://localhost:5432/gonghui");
        LocalDefaults.applyUnlessConfigured(Map.of(), system);
        assertThat(system).containsOnlyKeys(LocalDefaults.APPLIED_MARKER);
    }

    @Test
    void theDataDirectoryDefaultsToDotDataAndCanBeMoved() {
        assertThat(LocalDefaults.dataDirectory(Map.of(), new Properties()))
                .isEqualTo(Path.of(".data").toAbsolutePath().normalize());
        assertThat(LocalDefaults.dataDirectory(Map.of("GONGHUI_DATA_DIR", "/var/lib/gonghui"), new Properties()))
                .isEqualTo(Path.of("/var/lib/gonghui"));
    }
}
