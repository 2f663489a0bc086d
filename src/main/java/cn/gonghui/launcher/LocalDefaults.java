package cn.gonghui.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What a run gets when nobody configured a database: the embedded PostgreSQL kept in the data
 * directory, and token signing keys and privacy keys generated once into the same directory. A configured JDBC
 * URL means a real deployment: then nothing starts here and the keys must be configured too,
 * so that replicas never sign with keys of their own.
 *
 * <p>It reads the environment and system properties directly because it runs before Quarkus has
 * built its configuration, and it records what it did in system properties because in dev mode
 * {@code main} runs again, in a fresh class loader, on every hot reload.
 */
public final class LocalDefaults {

    public static final String DATA_DIR_ENV = "GONGHUI_DATA_DIR";
    public static final String DATA_DIR_PROPERTY = "gonghui.data-dir";
    public static final String DEFAULT_DATA_DIR = ".data";
    static final String APPLIED_MARKER = "gonghui.local-defaults.applied";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String SIGNING_KEY_ENV = "SMALLRYE_JWT_SIGN_KEY_LOCATION";
    static final String SIGNING_KEY_PROPERTY = "smallrye.jwt.sign.key.location";
    static final String VERIFICATION_KEYS_PROPERTY = "mp.jwt.verify.publickey.location";
    static final String PRIVACY_KEYS_ENV = "GONGHUI_PRIVACY_KEYS_LOCATION";
    static final String PRIVACY_KEYS_PROPERTY = "gonghui.privacy.keys-location";

    private LocalDefaults() {
    }

    public static void applyUnlessConfigured(Map<String, String> environment, Properties system) {
        if (system.getProperty(APPLIED_MARKER) != null || externalDatabaseConfigured(environment, system)) {
            return;
        }
        Path dataDirectory = dataDirectory(environment, system);
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(dataDirectory.resolve("pg"));
        system.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
        system.setProperty("quarkus.datasource.username", EmbeddedDatabase.SUPERUSER);
        if (!isSet(environment.get(PRIVACY_KEYS_ENV)) && !isSet(system.getProperty(PRIVACY_KEYS_PROPERTY))) {
            system.setProperty(PRIVACY_KEYS_PROPERTY, LocalPrivacyKeys.ensure(dataDirectory.resolve("keys")).toString());
        }
        if (!signingKeyConfigured(environment, system)) {
            LocalSigningKeys keys = LocalSigningKeys.ensure(dataDirectory.resolve("jwt"));
            system.setProperty(SIGNING_KEY_PROPERTY, keys.signingKey().toUri().toString());
            system.setProperty(VERIFICATION_KEYS_PROPERTY, keys.verificationKeys().toUri().toString());
        }
        system.setProperty(APPLIED_MARKER, database.jdbcUrl());
    }

    static boolean externalDatabaseConfigured(Map<String, String> environment, Properties system) {
        return isSet(environment.get(JDBC_URL_ENV)) || isSet(system.getProperty(JDBC_URL_PROPERTY));
    }

    static boolean signingKeyConfigured(Map<String, String> environment, Properties system) {
        return isSet(environment.get(SIGNING_KEY_ENV)) || isSet(system.getProperty(SIGNING_KEY_PROPERTY));
    }

    static Path dataDirectory(Map<String, String> environment, Properties system) {
        String configured = system.getProperty(DATA_DIR_PROPERTY, environment.get(DATA_DIR_ENV));
        return Path.of(isSet(configured) ? configured : DEFAULT_DATA_DIR).toAbsolutePath().normalize();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
