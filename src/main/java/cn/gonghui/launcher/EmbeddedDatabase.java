package cn.gonghui.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import io.quarkus.runtime.Application;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 that lives in a directory of ours, for dev mode and the packaged jar when
 * no database is configured. The library behind it is made for throw-away test databases, so the
 * defaults are turned around here: the data directory is kept on close, and fsync and synchronous
 * commit stay on, so that what a developer typed in survives a crash or a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "gonghui";
    public static final String SUPERUSER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** Longer than quarkus.shutdown.timeout and the pool's close, so it waits for them rather than cuts them. */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(90);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (and on first use initialises) the database kept in {@code dataDirectory}. */
    public static EmbeddedDatabase startPersistent(Path dataDirectory) {
        return startPersistent(dataDirectory, 0);
    }

    /**
     * The same on a given port (0: any free one), so that a database stopped and started again is
     * found where a running service still looks for it.
     */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory.getParent());
            OrphanedPostmaster.stopIfPresent(directory);
            if (!Files.exists(directory.resolve("PG_VERSION"))) {
                LOG.infof("Initialising a new PostgreSQL data directory in %s", directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setPort(port)
                    // the library's own hook would stop the database while requests still run
                    // (see stopAfterTheApplication); a test that closes it explicitly needs none
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
            database.createApplicationDatabase();
            LOG.infof("Embedded PostgreSQL is running on port %d with its data in %s", postgres.getPort(), directory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** A throw-away instance: its data directory is deleted on close (tests). */
    public static EmbeddedDatabase startThrowAway() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, null);
            database.createApplicationDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away PostgreSQL", e);
        }
    }

    /**
     * Stops the database when the JVM ends, but only once the application has stopped: the JVM runs
     * its shutdown hooks at the same time, and Quarkus's hook first lets the requests in flight
     * finish ({@code quarkus.shutdown.timeout}) and then closes the pool and the jobs. Stopping the
     * database beside it would fail exactly those requests.
     */
    public void stopAfterTheApplication() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Application application = Application.currentApplication();
            if (application != null) {
                Thread waiting = new Thread(application::awaitShutdown, "await-application-stop");
                waiting.setDaemon(true);
                waiting.start();
                try {
                    waiting.join(APPLICATION_STOP_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            close();
        }, "embedded-postgres-stop"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Opens a connection to the application database as the superuser. */
    public Connection connect() throws SQLException {
        return postgres.getDatabase(SUPERUSER, DATABASE_NAME).getConnection();
    }

    private void createApplicationDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE_NAME + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE_NAME, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
