package cn.gonghui.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import cn.gonghui.platform.settings.SettingsCheck;
import cn.gonghui.platform.settings.StartupSettings;
import org.jboss.logging.Logger;

/**
 * What a run gets when nobody configured a database: the embedded PostgreSQL kept in the data
 * directory, and token signing keys and privacy keys generated once into the same directory. A configured JDBC
 * URL means a real deployment: then nothing starts here and the keys must be configured too,
 * so that replicas never sign with keys of their own. Outside the dev profile the embedded
 * database runs only when asked for ({@code GONGHUI_EMBEDDED_DB=true}, see SettingsCheck), so a
 * replica whose URL went missing from its ConfigMap stops instead of serving from an empty
 * database of its own.
 *
 * <p>It reads the settings as {@link StartupSettings} sees them because it runs before Quarkus has
 * built its configuration, and it records what it did in system properties because in dev mode
 * {@code main} runs again, in a fresh class loader, on every hot reload.
 */
public final class LocalDefaults {

    private static final Logger LOG = Logger.getLogger(LocalDefaults.class);

    public static final String DATA_DIR_ENV = "GONGHUI_DATA_DIR";
    public static final String DATA_DIR_PROPERTY = "gonghui.data-dir";
    public static final String DEFAULT_DATA_DIR = ".data";
    static final String APPLIED_MARKER = "gonghui.local-defaults.applied";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String SIGNING_KEY_PROPERTY = "smallrye.jwt.sign.key.location";
    static final String VERIFICATION_KEYS_PROPERTY = "mp.jwt.verify.publickey.location";
    static final String PRIVACY_KEYS_PROPERTY = "gonghui.privacy.keys-location";

    private LocalDefaults() {
    }

    public static void applyUnlessConfigured(StartupSettings settings, Map<String, String> environment,
            Properties system) {
        if (system.getProperty(APPLIED_MARKER) != null || settings.get(JDBC_URL_PROPERTY).isPresent()) {
            return;
        }
        Path dataDirectory = dataDirectory(environment, system);
        if (!settings.profileActive("dev")) {
            LOG.warnf("%s=true: running on the embedded PostgreSQL in %s, one instance only; a deployment sets %s",
                    StartupSettings.environmentName(SettingsCheck.EMBEDDED_DATABASE), dataDirectory.resolve("pg"),
                    JDBC_URL_ENV);
        }
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(dataDirectory.resolve("pg"));
        database.stopAfterTheApplication();
        system.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
        system.setProperty("quarkus.datasource.username", EmbeddedDatabase.SUPERUSER);
        if (settings.get(PRIVACY_KEYS_PROPERTY).isEmpty()) {
            system.setProperty(PRIVACY_KEYS_PROPERTY, LocalPrivacyKeys.ensure(dataDirectory.resolve("keys")).toString());
        }
        if (settings.get(SIGNING_KEY_PROPERTY).isEmpty()) {
            LocalSigningKeys keys = LocalSigningKeys.ensure(dataDirectory.resolve("jwt"));
            system.setProperty(SIGNING_KEY_PROPERTY, keys.signingKey().toUri().toString());
            system.setProperty(VERIFICATION_KEYS_PROPERTY, keys.verificationKeys().toUri().toString());
        }
        system.setProperty(APPLIED_MARKER, database.jdbcUrl());
    }


    static Path dataDirectory(Map<String, String> environment, Properties system) {
        String configured = system.getProperty(DATA_DIR_PROPERTY, environment.get(DATA_DIR_ENV));
        return Path.of(isSet(configured) ? configured : DEFAULT_DATA_DIR).toAbsolutePath().normalize();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
