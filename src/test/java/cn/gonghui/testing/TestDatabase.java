package cn.gonghui.testing;

import cn.gonghui.launcher.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A throw-away real PostgreSQL for the test run, started once and shared by every test class
 * (they all run in one Quarkus application).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            database = EmbeddedDatabase.startThrowAway();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER);
    }

    @Override
    public void stop() {
        // kept for the whole JVM: Quarkus restarts between test profiles and reuses it
    }

    public static EmbeddedDatabase database() {
        return database;
    }
}
