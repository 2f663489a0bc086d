package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.newPhone;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.roster.RosterRowCheck.Checked;
import cn.gonghui.roster.RosterSheet.RosterRow;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A full batch of a roster (500 rows: new members, their memberships, a few refused rows) reaches
 * PostgreSQL as a handful of statements, not one or two per row: the lookups are one query per
 * batch, the inserts one JDBC batch per table that the driver rewrites into multi-row INSERTs, the
 * refused cells one INSERT. Counted as the statements the driver executes for this thread (its
 * {@code FE=> Execute} lines), so the service's other work does not count.
 */
@QuarkusTest
class RosterBatchCostTest {

    private static final String WORKER = "cost-test";
    private static final int ROWS = 500;
    private static final int REFUSED = 10;

    @Inject
    TestAccounts accounts;

    @Inject
    RosterBatch batch;

    @Inject
    Clock clock;

    @Test
    void fiveHundredRowsAreAFewStatementsNotAThousand() throws Exception {
        UUID job = aJobClaimedByThisTest();
        UUID desheng = streetOf(job);
        LocalDate today = BeijingTime.today(clock);
        List<Checked> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String idNumber = newIdNumber();
            if (i < REFUSED) {
                idNumber = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
            }
            rows.add(RosterRowCheck.check(new RosterRow(i + 2, List.of("成本" + "一二三四五六七八九十".charAt(i % 10), idNumber,
                    newPhone(), "德胜物流")), today));
        }

        int statements = executedBy(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> batch.commit(job, desheng, WORKER, 0, rows))).isTrue());

        // the job locked, members and memberships looked up (one query each), the member numbers reserved, the
        // members and the memberships inserted (490 rows each: 128 + 128 + 128 + 64 + 32 + 8 + 2 by the driver),
        // the refused cells and the job's counters: 23 when this was written
        // the refused cells one by one and each row's two INSERTs on their own measured 998 here before
        assertThat(statements).as("statements for %d rows", ROWS).isBetween(5, 30);
        assertThat(count("SELECT rows_processed FROM roster_imports WHERE id = ?", job)).isEqualTo(ROWS);
        assertThat(count("SELECT rows_created FROM roster_imports WHERE id = ?", job)).isEqualTo(ROWS - REFUSED);
        assertThat(count("SELECT count(*) FROM roster_import_errors WHERE import_id = ?", job)).isEqualTo(REFUSED);
        finish(job);
    }

    /** A job of a one-row roster, marked as this test's worker's, which the test then commits a batch into. */
    private UUID aJobClaimedByThisTest() throws Exception {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        UUID job = UUID.fromString(upload(officer, "desheng", xlsx(List.of(List.of("成本", newIdNumber()))))
                .then().statusCode(202).extract().path("id"));
        update("UPDATE roster_imports SET status = 'running', claimed_by = '" + WORKER
                + "', lease_until = now() + interval '1 hour' WHERE id = ?", job);
        return job;
    }

    private void finish(UUID job) throws Exception {
        update("UPDATE roster_imports SET status = 'completed', claimed_by = NULL, lease_until = NULL, file_cipher = NULL "
                + "WHERE id = ?", job);
    }

    /** The statements the PostgreSQL driver executes on this thread while {@code work} runs. */
    private static int executedBy(Runnable work) {
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Thread self = Thread.currentThread();
        AtomicInteger executed = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (Thread.currentThread() == self && record.getMessage() != null
                        && record.getMessage().startsWith(" FE=> Execute(")) {
                    executed.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = driver.getLevel();
        counter.setLevel(Level.ALL);
        driver.setLevel(Level.FINEST);
        driver.addHandler(counter);
        try {
            work.run();
        } finally {
            driver.removeHandler(counter);
            driver.setLevel(level);
        }
        return executed.get();
    }

    private static UUID streetOf(UUID job) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement select = connection.prepareStatement("SELECT street_id FROM roster_imports WHERE id = ?")) {
            select.setObject(1, job);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static int count(String sql, UUID job) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, job);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void update(String sql, UUID job) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, job);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
