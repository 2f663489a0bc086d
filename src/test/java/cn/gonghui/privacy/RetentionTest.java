package cn.gonghui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail ages out after its retention, and not before. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Test
    void auditEventsAreKeptForTheirRetentionThenDeleted() throws Exception {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO audit_events (id, at, actor_kind, action, outcome) VALUES ('" + old
                    + "', now() - interval '400 days', 'system', 'test.old', 'success')");
            sql.execute("INSERT INTO audit_events (id, at, actor_kind, action, outcome) VALUES ('" + recent
                    + "', now() - interval '200 days', 'system', 'test.recent', 'success')");
        }
        assertThat(retention.deleteExpiredAuditEvents()).isGreaterThanOrEqualTo(1);
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT id FROM audit_events WHERE id IN ('" + old + "', '" + recent + "')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject(1)).isEqualTo(recent);
            assertThat(rows.next()).isFalse();
        }
    }
}
