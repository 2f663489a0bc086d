package cn.gonghui.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.EmbeddedDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM while requests are in flight: each of them still gets its answer. The requests are held
 * in flight by a table lock taken from outside, the signal is sent while they wait, and the lock is
 * let go a moment later, as a slow query would end.
 */
final class Drain {

    private static final int IN_FLIGHT = 4;

    private Drain() {
    }

    static void requestsInFlightAnsweredThroughSigterm(RunningJar jar, int databasePort) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<HttpResponse<String>>> inFlight = new ArrayList<>();
            try (Connection holder = connect(databasePort)) {
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.execute("LOCK TABLE disclosures IN ACCESS EXCLUSIVE MODE");
                }
                for (int i = 0; i < IN_FLIGHT; i++) {
                    inFlight.add(clients.submit(() -> jar.get("/api/v1/disclosures")));
                }
                awaitWaiting(holder, IN_FLIGHT);
                jar.signalStop();
                Thread.sleep(1_000);
                holder.rollback();
            }
            for (Future<HttpResponse<String>> request : inFlight) {
                assertThat(request.get(30, TimeUnit.SECONDS).statusCode())
                        .as("a request accepted before SIGTERM is answered").isEqualTo(200);
            }
            jar.awaitExit();
        } finally {
            clients.shutdownNow();
        }
    }

    static Connection connect(int databasePort) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE_NAME, "postgres", "");
    }

    /** Until that many statements of other sessions wait for a lock. */
    private static void awaitWaiting(Connection holder, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection observer = DriverManager.getConnection(holder.getMetaData().getURL(), "postgres", "");
             Statement query = observer.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = query.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
                    waiting.next();
                    if (waiting.getInt(1) >= expected) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("The requests never reached the database");
    }
}
