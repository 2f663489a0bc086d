package cn.gonghui.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.EmbeddedDatabase;
import cn.gonghui.testing.RawHttp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first runs of the packaged jar: with nothing configured it brings its own
 * PostgreSQL and keeps the data through a restart and a crash; a real deployment without keys
 * refuses to start.
 */
class PackagedJarIT {

    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded PostgreSQL is running on port (\\d+)");
    private static final String MARKER_STREETS = "/api/v1/streets?districtCode=it-district";

    @TempDir
    Path workDirectory;

    private static final String BOOTSTRAP_PASSWORD = "Bootstrap-Granite-8817";

    /** Production needs the mini-program's WeChat credentials and nothing else. */
    private static final Map<String, String> WECHAT = Map.of(
            "GONGHUI_WECHAT_APP_ID", "wx-it-app", "GONGHUI_WECHAT_SECRET", "it-secret");

    @Test
    void askedForTheEmbeddedDatabaseItRunsOnItsOwnAndKeepsTheData() throws Exception {
        Map<String, String> environment = with(WECHAT, "GONGHUI_DATA_DIR", workDirectory.resolve("data").toString(),
                "GONGHUI_EMBEDDED_DB", "true",
                "GONGHUI_BOOTSTRAP_ADMIN_USERNAME", "union-admin", "GONGHUI_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_PASSWORD);
        try (RunningJar first = RunningJar.start(workDirectory, environment).awaitReady()) {
            // the union's first administrator, from the environment, must choose a password first
            assertThat(first.post("/api/v1/auth/officer/session",
                    "{\"username\": \"union-admin\", \"password\": \"" + BOOTSTRAP_PASSWORD + "\"}").body())
                    .contains("\"code\":\"PASSWORD_CHANGE_REQUIRED\"");
            assertThat(first.output()).contains("Created the administrator union-admin").doesNotContain(BOOTSTRAP_PASSWORD);
            assertThat(first.output()).contains("Initialising a new PostgreSQL data directory");
            assertThat(first.output().lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                    .as("a clean start warns only that it runs on the embedded database it was asked for")
                    .singleElement().asString().contains("GONGHUI_EMBEDDED_DB=true: running on the embedded PostgreSQL");
            assertThat(first.get("/api/v1/streets").body()).contains("\"code\":\"desheng\"");
            assertThat(first.get("/q/swagger-ui/").statusCode()).isEqualTo(404);
            assertThat(first.post("/api/v1/auth/officer/session",
                    "{\"username\": \"desheng-officer\", \"password\": \"gonghui-dev\"}").statusCode())
                    .as("demo accounts exist in the dev profile only").isEqualTo(401);
            assertThat(first.get("/dev/fake-wechat/sns/jscode2session?js_code=dev-alice").statusCode()).isEqualTo(404);
            // the launcher hands URI checks to RequestShape: braces get a problem, not Quarkus' empty 400
            RawHttp.Answer braces = RawHttp.get(first.port, "/api/v1/applications/{01a2b3c4}");
            assertThat(braces.status()).isEqualTo(400);
            assertThat(braces.header("Content-Type")).startsWith("application/problem+json");
            assertThat(braces.body()).contains("\"code\":\"MALFORMED_URI\"");
            assertThat(first.get(MARKER_STREETS).body()).doesNotContain("it-street");
            writeMarkerStreet(databasePort(first));
            // heard through LISTEN on the service's own connection: within moments, without a restart
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!first.get(MARKER_STREETS).body().contains("it-street") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(first.get(MARKER_STREETS).body()).contains("it-street");
            Drain.requestsInFlightAnsweredThroughSigterm(first, databasePort(first));
            assertThat(first.output()).as("the embedded database stopped last, not under the requests")
                    .doesNotContain("terminating connection due to administrator command");
            assertThat(workDirectory.resolve("data").resolve("pg").resolve("postmaster.pid"))
                    .as("and cleanly").doesNotExist();
        }

        try (RunningJar restarted = RunningJar.start(workDirectory, environment).awaitReady()) {
            assertThat(restarted.get(MARKER_STREETS).body()).contains("it-street");
            assertThat(restarted.output()).doesNotContain("Initialising a new PostgreSQL data directory")
                    .contains("An administrator exists: GONGHUI_BOOTSTRAP_ADMIN_USERNAME").doesNotContain(BOOTSTRAP_PASSWORD);
            restarted.kill();
        }

        try (RunningJar afterCrash = RunningJar.start(workDirectory, environment).awaitReady()) {
            assertThat(afterCrash.get(MARKER_STREETS).body()).contains("it-street");
        }
    }

    @Test
    void aDeploymentWithoutItsKeysRefusesToStart() throws Exception {
        Path testKeys = Path.of("src", "test", "resources", "test-keys").toAbsolutePath();
        try (EmbeddedDatabase database = EmbeddedDatabase.startThrowAway()) {
            Map<String, String> deployment = with(WECHAT,
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.SUPERUSER);
            try (RunningJar withoutTokenKeys = RunningJar.start(workDirectory, with(deployment,
                    "GONGHUI_PRIVACY_KEYS_LOCATION", testKeys.resolve("privacy-keys.json").toString()))) {
                assertThat(withoutTokenKeys.awaitExit()).isNotZero();
                assertThat(withoutTokenKeys.output()).contains("SMALLRYE_JWT_SIGN_KEY_LOCATION")
                        .doesNotContain("Embedded PostgreSQL");
            }
            try (RunningJar withoutPrivacyKeys = RunningJar.start(workDirectory, with(deployment,
                    "SMALLRYE_JWT_SIGN_KEY_LOCATION", testKeys.resolve("signing-key.jwk.json").toString(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", testKeys.resolve("verification-keys.jwks.json").toString()))) {
                assertThat(withoutPrivacyKeys.awaitExit()).isNotZero();
                assertThat(withoutPrivacyKeys.output()).contains("GONGHUI_PRIVACY_KEYS_LOCATION");
            }
        }
    }

    @Test
    void productionWithoutADatabaseRefusesToStartRatherThanRunAnEmptyOneOfItsOwn() throws Exception {
        try (RunningJar unconfigured = RunningJar.start(workDirectory, with(WECHAT,
                "GONGHUI_DATA_DIR", workDirectory.resolve("data").toString()))) {
            assertThat(unconfigured.awaitExit()).isEqualTo(1);
            assertThat(unconfigured.output()).contains("QUARKUS_DATASOURCE_JDBC_URL is not set", "GONGHUI_EMBEDDED_DB=true")
                    .doesNotContain("Embedded PostgreSQL");
        }
        assertThat(workDirectory.resolve("data").resolve("pg")).doesNotExist();
    }

    @Test
    void productionRefusesTheFakeWeChatAndMissingWeChatCredentials() throws Exception {
        Path data = workDirectory.resolve("data");
        try (RunningJar withFake = RunningJar.start(workDirectory, with(WECHAT, "GONGHUI_DATA_DIR", data.toString(),
                "GONGHUI_WECHAT_FAKE_ENABLED", "true"))) {
            assertThat(withFake.awaitExit()).isNotZero();
            assertThat(withFake.output()).contains("fake WeChat");
        }
        try (RunningJar withoutWeChat = RunningJar.start(workDirectory, Map.of("GONGHUI_DATA_DIR", data.toString()))) {
            assertThat(withoutWeChat.awaitExit()).isNotZero();
            assertThat(withoutWeChat.output()).contains("GONGHUI_WECHAT_APP_ID");
        }
    }

    @Test
    void aProductionStartWithoutItsSettingsNamesEveryMissingOneInAFewPlainLines() throws Exception {
        try (RunningJar unconfigured = RunningJar.start(workDirectory, Map.of(
                "GONGHUI_DATA_DIR", workDirectory.resolve("data").toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:9/nowhere",
                "GONGHUI_WECHAT_READ_TIMEOUT", "soon"))) {
            assertThat(unconfigured.awaitExit()).isEqualTo(1);
            String output = unconfigured.output();
            assertThat(output).contains("GONGHUI_WECHAT_APP_ID is not set", "GONGHUI_WECHAT_SECRET is not set",
                    "SMALLRYE_JWT_SIGN_KEY_LOCATION is not set", "MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set",
                    "GONGHUI_PRIVACY_KEYS_LOCATION is not set", "GONGHUI_WECHAT_READ_TIMEOUT is \"soon\"");
            assertThat(output).as("no stack trace, and nothing started before the check")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("PostgreSQL")
                    .doesNotContain("Flyway").doesNotContain("Quarkus");
            assertThat(output.lines().toList()).hasSizeLessThanOrEqualTo(9);
        }
    }

    /**
     * The production build leaves the dev-only code out: even run in the dev profile, which turns
     * the fake WeChat and the demo data on, it serves no fake WeChat and creates no demo account.
     * Demo rows an older dev build left in the data directory stop a production start.
     */
    @Test
    void theProductionBuildHasNoDevOnlyCodeAndRefusesDemoRowsLeftInItsData() throws Exception {
        Map<String, String> data = Map.of("GONGHUI_DATA_DIR", workDirectory.resolve("data").toString());
        try (RunningJar dev = RunningJar.start(workDirectory, with(data, "QUARKUS_PROFILE", "dev")).awaitReady()) {
            assertThat(dev.get("/dev/fake-wechat/sns/jscode2session?js_code=dev-alice").statusCode())
                    .as("the fake WeChat is not in the production build").isEqualTo(404);
            assertThat(dev.post("/api/v1/auth/officer/session",
                    "{\"username\": \"desheng-officer\", \"password\": \"gonghui-dev\"}").statusCode())
                    .as("the production build seeds no demo accounts").isEqualTo(401);
            assertThat(dev.output()).as("a clean start logs nothing that looks like an error")
                    .doesNotContain(" WARN ").doesNotContain(" ERROR ");
            writeWhatADevBuildSeeds(databasePort(dev));
            dev.stop();
        }
        Map<String, String> production = new java.util.HashMap<>(WECHAT);
        production.putAll(data);
        production.put("GONGHUI_EMBEDDED_DB", "true");
        try (RunningJar prod = RunningJar.start(workDirectory, production)) {
            assertThat(prod.awaitExit()).isEqualTo(1);
            assertThat(prod.output()).contains("1 demo accounts (desheng-officer)", "13 demo stations (",
                    "GONGHUI_DATA_DIR", "QUARKUS_PROFILE=dev").doesNotContain("\tat ");
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    private static int databasePort(RunningJar jar) throws Exception {
        Matcher port = DATABASE_PORT.matcher(jar.output());
        assertThat(port.find()).as("the jar logged its database port").isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** A demo officer as the dev build's seeding names it, and the dev build's demo stations script. */
    private static void writeWhatADevBuildSeeds(int databasePort) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE_NAME, "postgres", "");
             Statement sql = connection.createStatement();
             var script = PackagedJarIT.class.getClassLoader().getResourceAsStream("db/demo/demo-stations.sql")) {
            sql.execute("INSERT INTO officers (id, username, display_name, password_hash, roles, enabled, created_at, "
                    + "updated_at, version) VALUES (gen_random_uuid(), 'desheng-officer', '德胜街道工会干部（演示）', 'x', "
                    + "ARRAY['officer'], true, now(), now(), 0)");
            sql.execute(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void writeMarkerStreet(int databasePort) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE_NAME, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO districts (id, code, name, number_prefix) VALUES (gen_random_uuid(), 'it-district', '测试区', 'IT')");
            sql.execute("INSERT INTO streets (id, district_id, code, name, display_order) "
                    + "SELECT gen_random_uuid(), id, 'it-street', '测试街道', 1 FROM districts WHERE code = 'it-district'");
            // the running service keeps streets in memory: another process's change is announced, as the service does
            sql.execute("SELECT pg_notify('gonghui_reference_data', 'places')");
        }
    }
}
