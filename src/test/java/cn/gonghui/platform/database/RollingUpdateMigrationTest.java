package cn.gonghui.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rolling update runs the previous release beside this one on the schema this one migrated:
 * the previous release's schema, with data in it, takes every new migration, and nothing the
 * previous release reads or writes is taken away (a table, a column, its type) or tightened (a
 * column it leaves empty made required without a default or a trigger that fills it).
 */
class RollingUpdateMigrationTest {

    /**
     * The newest migration of the release in production. Raised when a release lands; README
     * ("Backups and migrations") says so.
     */
    static final String PREVIOUS_RELEASE = "98";

    private static EmbeddedDatabase database;
    private static Map<String, Column> previousSchema;
    private static Map<String, Column> newSchema;
    private static final UUID OLD_PAYMENT = UUID.randomUUID();
    private static final UUID OLD_FILE = UUID.randomUUID();

    record Column(String type, boolean nullable, boolean hasDefault) {
    }

    @BeforeAll
    static void thePreviousReleasesDatabaseMigratedToThisOne() throws SQLException {
        database = EmbeddedDatabase.startThrowAway();
        flyway(PREVIOUS_RELEASE).migrate();
        try (Connection connection = connect()) {
            previousSchema = columns(connection);
            paymentAsThePreviousReleaseWritesIt(connection, OLD_PAYMENT, OLD_FILE);
        }
        flyway(null).migrate();
        try (Connection connection = connect()) {
            newSchema = columns(connection);
        }
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyColumnThePreviousReleaseUsesIsStillThereWithItsType() {
        assertThat(previousSchema).isNotEmpty();
        previousSchema.forEach((name, column) -> {
            assertThat(newSchema).as("%s is gone: the previous release still reads it", name).containsKey(name);
            assertThat(newSchema.get(name).type()).as("%s changed its type", name).isEqualTo(column.type());
            if (column.nullable()) {
                assertThat(newSchema.get(name).nullable() || newSchema.get(name).hasDefault())
                        .as("%s became required: the previous release's inserts leave it empty", name).isTrue();
            }
        });
    }

    @Test
    void aNewRequiredColumnOfAnOldTableIsFilledForThePreviousReleasesInserts() throws SQLException {
        try (Connection connection = connect()) {
            for (var entry : newSchema.entrySet()) {
                String table = entry.getKey().substring(0, entry.getKey().indexOf('.'));
                boolean oldTable = previousSchema.keySet().stream().anyMatch(name -> name.startsWith(table + "."));
                Column column = entry.getValue();
                if (oldTable && !previousSchema.containsKey(entry.getKey()) && !column.nullable() && !column.hasDefault()) {
                    assertThat(hasInsertTrigger(connection, table))
                            .as("%s is new, required and has no default: the previous release cannot insert", entry.getKey())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aPaymentWrittenByEitherReleaseIsFoundByBoth() throws SQLException {
        try (Connection connection = connect()) {
            assertThat(sourceAndFileOf(connection, OLD_PAYMENT)).as("migrated").containsExactly(OLD_FILE, OLD_FILE);

            UUID olderReplicaPayment = UUID.randomUUID();
            UUID file = UUID.randomUUID();
            paymentAsThePreviousReleaseWritesIt(connection, olderReplicaPayment, file);
            assertThat(sourceAndFileOf(connection, olderReplicaPayment)).containsExactly(file, file);

            UUID hardshipPayment = UUID.randomUUID();
            UUID otherFile = UUID.randomUUID();
            paymentAsThisReleaseWritesIt(connection, hardshipPayment, otherFile, "hardship.living-subsidy");
            assertThat(sourceAndFileOf(connection, hardshipPayment)).as("the previous release finds it by file")
                    .containsExactly(otherFile, otherFile);

            UUID mutualAidPayment = UUID.randomUUID();
            UUID claim = UUID.randomUUID();
            paymentAsThisReleaseWritesIt(connection, mutualAidPayment, claim, "mutual-aid.claim");
            assertThat(sourceAndFileOf(connection, mutualAidPayment)).containsExactly(claim, null);
        }
    }

    private static void paymentAsThePreviousReleaseWritesIt(Connection connection, UUID id, UUID file) throws SQLException {
        withoutForeignKeys(connection, """
                INSERT INTO disbursements (id, file_id, application_id, street_id, programme, period, beneficiary,
                                           amount, status, created_at, updated_at)
                VALUES ('%s', '%s', gen_random_uuid(), gen_random_uuid(), 'hardship.living-subsidy', '2026-11', '',
                        800.00, 'scheduled', now(), now())""".formatted(id, file));
    }

    private static void paymentAsThisReleaseWritesIt(Connection connection, UUID id, UUID source, String programme)
            throws SQLException {
        withoutForeignKeys(connection, """
                INSERT INTO disbursements (id, source_id, application_id, street_id, programme, period, beneficiary,
                                           amount, status, created_at, updated_at)
                VALUES ('%s', '%s', gen_random_uuid(), gen_random_uuid(), '%s', '2026-11', '',
                        800.00, 'scheduled', now(), now())""".formatted(id, source, programme));
    }

    /** The rows a payment points to (an application, a street) are not what this test is about. */
    private static void withoutForeignKeys(Connection connection, String insert) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute(insert);
            statement.execute("SET session_replication_role = origin");
        }
    }

    private static Object[] sourceAndFileOf(Connection connection, UUID payment) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT source_id, file_id FROM disbursements WHERE id = '" + payment + "'")) {
            assertThat(row.next()).isTrue();
            return new Object[] {row.getObject(1), row.getObject(2)};
        }
    }

    private static boolean hasInsertTrigger(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT count(*) FROM information_schema.triggers
                      WHERE event_object_schema = 'public' AND event_object_table = '%s'
                        AND event_manipulation = 'INSERT' AND action_timing = 'BEFORE'""".formatted(table))) {
            row.next();
            return row.getInt(1) > 0;
        }
    }

    private static Map<String, Column> columns(Connection connection) throws SQLException {
        Map<String, Column> columns = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default
                       FROM information_schema.columns c
                       JOIN information_schema.tables t USING (table_schema, table_name)
                      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                        AND c.table_name <> 'flyway_schema_history'""")) {
            while (row.next()) {
                columns.put(row.getString(1) + "." + row.getString(2), new Column(row.getString(3),
                        "YES".equals(row.getString(4)), row.getString(5) != null));
            }
        }
        return columns;
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, "")
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, "");
    }
}
