package cn.gonghui.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.settings.StartupSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDefaultsTest {

    @Test
    void aConfiguredDatabaseMeansNothingIsStartedOrGenerated() {
        Properties system = new Properties();
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/gonghui");
        LocalDefaults.applyUnlessConfigured(settings(environment, system), environment, system);
        assertThat(system).isEmpty();

        Properties viaProperty = new Properties();
        viaProperty.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/gonghui");
        LocalDefaults.applyUnlessConfigured(settings(Map.of(), viaProperty), Map.of(), viaProperty);
        assertThat(viaProperty).containsOnlyKeys("quarkus.datasource.jdbc.url");
    }

    @Test
    void aDatabaseNamedInTheWorkingDirectorysDotEnvCountsToo(@TempDir Path workingDirectory) throws Exception {
        Files.writeString(workingDirectory.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db/gonghui\n");
        Properties system = new Properties();
        LocalDefaults.applyUnlessConfigured(StartupSettings.of(Map.of(), system, workingDirectory, "prod"), Map.of(),
                system);
        assertThat(system).as("nothing started, nothing generated").isEmpty();
    }

    @Test
    void aHotReloadReusesWhatTheFirstStartSetUp() {
        Properties system = new Properties();
        system.setProperty(LocalDefaults.APPLIED_MARKER, "jdbc:postgresql://localhost:5432/gonghui");
        LocalDefaults.applyUnlessConfigured(settings(Map.of(), system), Map.of(), system);
        assertThat(system).containsOnlyKeys(LocalDefaults.APPLIED_MARKER);
    }

    private static StartupSettings settings(Map<String, String> environment, Properties system) {
        return StartupSettings.of(environment, system, Path.of("target", "no-such-directory"), "dev");
    }

    @Test
    void theDataDirectoryDefaultsToDotDataAndCanBeMoved() {
        assertThat(LocalDefaults.dataDirectory(Map.of(), new Properties()))
                .isEqualTo(Path.of(".data").toAbsolutePath().normalize());
        assertThat(LocalDefaults.dataDirectory(Map.of("GONGHUI_DATA_DIR", "/var/lib/gonghui"), new Properties()))
                .isEqualTo(Path.of("/var/lib/gonghui"));
    }
}
