package cn.gonghui.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.EmbeddedDatabase;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a PostgreSQL this test starts and stops itself, as an operator's database
 * would come and go: a locked table and an exhausted pool cost the callers seconds and a 503 with
 * Retry-After, never the instance's readiness; a stopped database is a 503 DATABASE_UNAVAILABLE
 * and readiness DOWN with liveness UP; started again, the service recovers by itself.
 */
class FaultsIT {

    @TempDir
    Path workDirectory;

    @Test
    void theServiceRidesOutALockedTableAnExhaustedPoolAndADatabaseOutage() throws Exception {
        int databasePort = freePort();
        Path data = workDirectory.resolve("pg");
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(data, databasePort);
        try (RunningJar service = RunningJar.start(workDirectory, deployment(database)).awaitReady()) {
            assertThat(service.get("/api/v1/disclosures").statusCode()).isEqualTo(200);

            lockedTableAndExhaustedPool(service, databasePort);

            database.close();
            HttpResponse<String> down = service.get("/api/v1/disclosures");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");
            assertThat(down.headers().firstValue("Retry-After")).contains("5");
            assertThat(service.get("/q/health/ready").statusCode()).as("readiness follows the database").isEqualTo(503);
            assertThat(service.get("/q/health/live").statusCode()).as("a restart would not help").isEqualTo(200);

            database = EmbeddedDatabase.startPersistent(data, databasePort);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && (status = service.get("/api/v1/disclosures").statusCode()) != 200) {
                Thread.sleep(250);
            }
            assertThat(status).as("recovered by itself within 30 s").isEqualTo(200);
            assertThat(service.get("/q/health/ready").statusCode()).isEqualTo(200);

            assertThat(service.output()).as("an outage is logged in lines, not stack traces")
                    .contains("DATABASE_UNAVAILABLE answering GET /api/v1/disclosures")
                    .doesNotContain("\tat ").doesNotContain("INTERNAL_ERROR");
        } finally {
            database.close();
        }
    }

    /**
     * Ten callers on a pool of four, all wanting a table held locked from outside: four wait the
     * lock timeout and get RECORD_LOCKED, the rest get DATABASE_BUSY after the acquisition timeout,
     * every one within seconds, while readiness, on its own connection, stays UP.
     */
    private static void lockedTableAndExhaustedPool(RunningJar service, int databasePort) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try (Connection holder = Drain.connect(databasePort)) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE disclosures IN ACCESS EXCLUSIVE MODE");
            }
            long started = System.nanoTime();
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(callers.submit(() -> service.get("/api/v1/disclosures")));
            }
            Thread.sleep(1_000);
            assertThat(service.get("/q/health/ready").statusCode()).as("busy is not unready").isEqualTo(200);
            List<String> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> answer = call.get(20, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(() -> answer.body() + "\n" + logOf(service)).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                codes.add(answer.body().replaceAll(".*\"code\":\"([A-Z_]+)\".*", "$1"));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(codes).contains("RECORD_LOCKED", "DATABASE_BUSY").containsOnly("RECORD_LOCKED", "DATABASE_BUSY");
            holder.rollback();
        } finally {
            callers.shutdownNow();
        }
        assertThat(service.get("/api/v1/disclosures").statusCode()).isEqualTo(200);
    }

    private static String logOf(RunningJar service) {
        try {
            return service.output();
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Map<String, String> deployment(EmbeddedDatabase database) {
        Map<String, String> environment = Deployment.on(database);
        environment.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "4");
        environment.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "2S");
        return environment;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
