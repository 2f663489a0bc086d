package cn.gonghui.platform.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings of a run as Quarkus will see them, read before Quarkus has built its configuration:
 * system properties, then the environment, then a {@code .env} file and
 * {@code config/application.properties} in the working directory, each first under the active
 * profile ({@code %prod.…}, {@code _PROD_…}). The application's own defaults are not here: the
 * check asks only about what a deployment sets.
 */
public final class StartupSettings {

    private final Properties system;
    private final Map<String, String> environment;
    private final Properties dotEnv;
    private final Properties configFile;
    private final List<String> profiles;

    StartupSettings(Properties system, Map<String, String> environment, Properties dotEnv, Properties configFile,
            String defaultProfile) {
        this.system = system;
        this.environment = Map.copyOf(environment);
        this.dotEnv = dotEnv;
        this.configFile = configFile;
        String named = plain("quarkus.profile").orElse(defaultProfile);
        List<String> active = new ArrayList<>();
        for (String profile : named.split(",")) {
            if (!profile.isBlank()) {
                active.add(profile.strip());
            }
        }
        this.profiles = List.copyOf(active);
    }

    /** This process's settings, for a run whose profile is {@code defaultProfile} unless one is named. */
    public static StartupSettings of(Map<String, String> environment, Properties system, Path workingDirectory,
            String defaultProfile) {
        return new StartupSettings(system, environment, read(workingDirectory.resolve(".env")),
                read(workingDirectory.resolve("config").resolve("application.properties")), defaultProfile);
    }

    public List<String> profiles() {
        return profiles;
    }

    public boolean profileActive(String profile) {
        return profiles.contains(profile);
    }

    /** The value of {@code property} (e.g. {@code gonghui.wechat.app-id}), if set and not blank. */
    public Optional<String> get(String property) {
        for (int i = profiles.size() - 1; i >= 0; i--) {
            Optional<String> profiled = plain("%" + profiles.get(i) + "." + property);
            if (profiled.isPresent()) {
                return profiled;
            }
        }
        return plain(property);
    }

    /** The environment variable that sets {@code property}: {@code gonghui.wechat.app-id} is {@code GONGHUI_WECHAT_APP_ID}. */
    public static String environmentName(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    private Optional<String> plain(String property) {
        String variable = environmentName(property);
        for (String value : new String[] {system.getProperty(property), environment.get(variable),
                dotEnv.getProperty(variable), dotEnv.getProperty(property), configFile.getProperty(property)}) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return properties;
    }
}
