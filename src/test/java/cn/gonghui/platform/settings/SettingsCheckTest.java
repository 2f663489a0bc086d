package cn.gonghui.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What an operator reads when a deployment misses or garbles a setting: every one, by its variable. */
class SettingsCheckTest {

    private static final Map<String, String> WECHAT = Map.of(
            "GONGHUI_WECHAT_APP_ID", "wx-app", "GONGHUI_WECHAT_SECRET", "secret", "GONGHUI_EMBEDDED_DB", "true");
    private static final String KEYS = "classpath:test-keys/";

    @Test
    void aProductionRunWithoutWeChatNamesBothVariables() {
        List<String> problems = SettingsCheck.problems(settings(Map.of("GONGHUI_EMBEDDED_DB", "true"), "prod"));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("GONGHUI_WECHAT_APP_ID is not set");
        assertThat(problems.get(1)).startsWith("GONGHUI_WECHAT_SECRET is not set");
    }

    @Test
    void theDevProfileNeedsNothing() {
        assertThat(SettingsCheck.problems(settings(Map.of(), "dev"))).isEmpty();
        assertThat(SettingsCheck.problems(settings(Map.of("QUARKUS_PROFILE", "dev"), "prod"))).isEmpty();
    }

    @Test
    void aCompleteProductionRunPasses() {
        assertThat(SettingsCheck.problems(settings(WECHAT, "prod"))).isEmpty();
    }

    @Test
    void productionNeverFallsBackToAnEmbeddedDatabaseSilently() {
        Map<String, String> withoutDatabase = new HashMap<>(WECHAT);
        withoutDatabase.remove("GONGHUI_EMBEDDED_DB");
        assertThat(SettingsCheck.problems(settings(withoutDatabase, "prod"))).singleElement().asString()
                .startsWith("QUARKUS_DATASOURCE_JDBC_URL is not set").contains("GONGHUI_EMBEDDED_DB=true");
        assertThat(SettingsCheck.problems(settings(with(withoutDatabase, "GONGHUI_EMBEDDED_DB", "false"), "prod")))
                .singleElement().asString().startsWith("QUARKUS_DATASOURCE_JDBC_URL is not set");
        assertThat(SettingsCheck.problems(settings(withoutDatabase, "test"))).isEmpty();
    }

    @Test
    void theDatabaseMayComeFromAnyConfigSourceQuarkusReads() {
        Map<String, String> withoutDatabase = new HashMap<>(WECHAT);
        withoutDatabase.remove("GONGHUI_EMBEDDED_DB");
        Properties dotEnv = new Properties();
        dotEnv.setProperty("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/gonghui");
        Properties configFile = new Properties();
        configFile.setProperty("%prod.quarkus.datasource.jdbc.url", "jdbc:postgresql://db/gonghui");
        configFile.setProperty("smallrye.jwt.sign.key.location", KEYS + "signing-key.jwk.json");
        configFile.setProperty("mp.jwt.verify.publickey.location", KEYS + "verification-keys.jwks.json");
        configFile.setProperty("gonghui.privacy.keys-location", KEYS + "privacy-keys.json");
        assertThat(SettingsCheck.problems(new StartupSettings(new Properties(), withoutDatabase, new Properties(),
                configFile, "prod"))).isEmpty();
        configFile.remove("%prod.quarkus.datasource.jdbc.url");
        assertThat(SettingsCheck.problems(new StartupSettings(new Properties(), withoutDatabase, dotEnv,
                configFile, "prod"))).isEmpty();
    }

    @Test
    void theFakeWeChatIsRefusedInProduction() {
        assertThat(SettingsCheck.problems(settings(with(WECHAT, "GONGHUI_WECHAT_FAKE_ENABLED", "true"), "prod")))
                .singleElement().asString().startsWith("GONGHUI_WECHAT_FAKE_ENABLED is true");
    }

    @Test
    void anExternalDatabaseNeedsEveryKeyAndEveryKeyFileMustExist() {
        List<String> problems = SettingsCheck.problems(settings(with(WECHAT,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/gonghui",
                "GONGHUI_PRIVACY_KEYS_LOCATION", "/nowhere/privacy-keys.json"), "prod"));
        assertThat(problems).containsExactly(
                "SMALLRYE_JWT_SIGN_KEY_LOCATION is not set: with QUARKUS_DATASOURCE_JDBC_URL set, no key is generated locally",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set: with QUARKUS_DATASOURCE_JDBC_URL set, no key is generated locally",
                "GONGHUI_PRIVACY_KEYS_LOCATION names /nowhere/privacy-keys.json, which does not exist");
    }

    @Test
    void malformedValuesAreNamedWithWhatWasExpected() {
        List<String> problems = SettingsCheck.problems(settings(with(WECHAT,
                "PORT", "eighty",
                "GONGHUI_WECHAT_CONNECT_TIMEOUT", "soon",
                "GONGHUI_LOGIN_MAX_FAILURES", "-1",
                "GONGHUI_LEGAL_AID_AMOUNT_THRESHOLD", "1,000",
                "GONGHUI_LEGAL_AID_MINIMUM_WAGE", "2025-09-01:2540.00,2023-09-01:2420.00"), "prod"));
        assertThat(problems).containsExactly(
                "PORT is \"eighty\": expected a port number from 1 to 65535",
                "GONGHUI_WECHAT_CONNECT_TIMEOUT is \"soon\": expected a duration such as PT15M, P30D or 10s",
                "GONGHUI_LOGIN_MAX_FAILURES is \"-1\": expected a whole number above 0",
                "GONGHUI_LEGAL_AID_AMOUNT_THRESHOLD is \"1,000\": expected an amount in yuan such as 1000.00",
                "GONGHUI_LEGAL_AID_MINIMUM_WAGE is \"2025-09-01:2540.00,2023-09-01:2420.00\": expected day:amount "
                        + "entries, oldest first, such as 2025-09-01:2540.00");
    }

    @Test
    void wellFormedValuesPass() {
        assertThat(SettingsCheck.problems(settings(with(WECHAT, "PORT", "8443", "GONGHUI_WECHAT_READ_TIMEOUT", "PT5S",
                "GONGHUI_TOKENS_REFRESH_LIFETIME", "P30D", "GONGHUI_IDEMPOTENCY_RETENTION", "24h"), "prod"))).isEmpty();
    }

    @Test
    void settingsAreReadAsQuarkusReadsThem() {
        Properties system = new Properties();
        system.setProperty("gonghui.wechat.app-id", "from-system");
        Properties dotEnv = new Properties();
        dotEnv.setProperty("GONGHUI_WECHAT_SECRET", "from-dot-env");
        StartupSettings settings = new StartupSettings(system, Map.of("_STAGING_GONGHUI_WECHAT_APP_ID", "ignored"),
                dotEnv, new Properties(), "prod");
        assertThat(settings.get("gonghui.wechat.app-id")).contains("from-system");
        assertThat(settings.get("gonghui.wechat.secret")).contains("from-dot-env");
        Properties file = new Properties();
        file.setProperty("%staging.gonghui.wechat.app-id", "staging-app");
        StartupSettings staging = new StartupSettings(new Properties(), Map.of("QUARKUS_PROFILE", "staging"),
                new Properties(), file, "prod");
        assertThat(staging.get("gonghui.wechat.app-id")).contains("staging-app");
    }

    private static StartupSettings settings(Map<String, String> environment, String defaultProfile) {
        return new StartupSettings(new Properties(), environment, new Properties(), new Properties(), defaultProfile);
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }
}
