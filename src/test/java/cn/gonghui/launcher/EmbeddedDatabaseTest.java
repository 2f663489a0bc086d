package cn.gonghui.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developer's database keeps what it was given, durably, through restarts and crashes. */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void dataSurvivesARestartAndIsWrittenDurably() throws Exception {
        Path directory = temp.resolve("pg");
        try (EmbeddedDatabase database = EmbeddedDatabase.startPersistent(directory)) {
            execute(database, "CREATE TABLE notes (text text)", "INSERT INTO notes VALUES ('kept')");
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "listen_addresses")).isEqualTo("localhost");
        }
        assertThat(directory.resolve("PG_VERSION")).exists();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.startPersistent(directory)) {
            assertThat(notes(restarted)).containsExactly("kept");
        }
    }

    @Test
    void aPostmasterLeftByAKilledJvmIsStoppedAndTheDataIsStillThere() throws Exception {
        Path directory = temp.resolve("pg");
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith(EmbeddedDatabaseChild.READY)) {
                // the child's log
            }
            assertThat(line).as("the child JVM started its database").isNotNull();
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase recovered = EmbeddedDatabase.startPersistent(directory)) {
            assertThat(notes(recovered)).containsExactly("written before the kill");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> notes(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT text FROM notes")) {
            List<String> texts = new java.util.ArrayList<>();
            while (result.next()) {
                texts.add(result.getString(1));
            }
            return texts;
        }
    }
}
