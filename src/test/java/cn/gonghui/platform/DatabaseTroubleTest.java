package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.DatabaseTrouble;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the driver and the pool say, as the caller reads it: a 503 to retry, or nothing of ours. */
class DatabaseTroubleTest {

    @Test
    void aDatabaseThatCannotAnswerNowIsA503WithWhenToRetry() {
        assertThat(code(new SQLException("Connection to localhost:5432 refused", "08001"))).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(code(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(code(new SQLException("canceling statement due to lock timeout", "55P03"))).isEqualTo("RECORD_LOCKED");
        assertThat(code(new SQLException("canceling statement due to statement timeout", "57014")))
                .isEqualTo("DATABASE_BUSY");
        assertThat(code(new SQLException("Sorry, acquisition timeout!"))).isEqualTo("DATABASE_BUSY");
        ApiProblem wrapped = DatabaseTrouble.of(new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Connection refused", "08006"))).orElseThrow();
        assertThat(wrapped.status()).isEqualTo(503);
        assertThat(wrapped.headers()).containsEntry("Retry-After", "5");
    }

    @Test
    void aBrokenRuleOrABugIsNotTheDatabasesState() {
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key value", "23505"))).isEmpty();
        assertThat(DatabaseTrouble.of(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseTrouble.of(new NullPointerException())).isEmpty();
    }

    private static String code(SQLException failure) {
        return DatabaseTrouble.of(new RuntimeException(failure)).orElseThrow().code();
    }
}
