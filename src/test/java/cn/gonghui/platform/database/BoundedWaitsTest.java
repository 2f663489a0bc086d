package cn.gonghui.platform.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One row held locked by someone else must cost a caller seconds, not the instance: the action on
 * it answers 503 RECORD_LOCKED with Retry-After within the request lock timeout, while everything
 * else, readiness included, answers as usual. Jobs get their own, longer bounds.
 */
@QuarkusTest
class BoundedWaitsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    Timeouts timeouts;

    @Test
    void anActionOnARowLockedFromOutsideAnswersWithinTheLockTimeoutAndNothingElseWaits() throws Exception {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String etag = TestApplications.etag(officer, "/api/v1/admin/applications/" + id);

        try (Connection outside = TestDatabase.database().connect()) {
            outside.setAutoCommit(false);
            try (Statement lock = outside.createStatement()) {
                lock.execute("SELECT id FROM applications WHERE id = '" + UUID.fromString(id) + "' FOR UPDATE");
            }

            long started = System.nanoTime();
            Response locked = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{}").when().post("/api/v1/admin/applications/" + id + "/actions/accept");
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            locked.then().statusCode(503).contentType("application/problem+json");
            assertThat(locked.jsonPath().getString("code")).isEqualTo("RECORD_LOCKED");
            assertThat(locked.header("Retry-After")).isEqualTo("2");
            assertThat(waited).as("bounded by the request lock timeout (5 s)")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(4)).isLessThan(Duration.ofSeconds(15));

            // the same instance goes on serving everyone else, and stays ready, while the lock is held
            given().auth().oauth2(member.accessToken()).when().get("/api/v1/applications/" + id)
                    .then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
            outside.rollback();
        }

        // released: the same action with the same version goes through, nothing was half-done
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post("/api/v1/admin/applications/" + id + "/actions/accept")
                .then().statusCode(200);
    }

    @Test
    void requestPathsHaveShortBoundsAndJobsLongerOnesThatEndWithTheirTransaction() {
        assertThat(timeouts.ofARequest()).isEqualTo(new Timeouts.Bounds("5s", "30s"));
        assertThat(timeouts.ofAJob()).isEqualTo(new Timeouts.Bounds("30s", "10min"));
        assertThat(timeouts.ofARequest()).as("SET LOCAL: the connection went back to the pool as it came")
                .isEqualTo(new Timeouts.Bounds("5s", "30s"));
    }

    /** Reads the bounds PostgreSQL applies, as a request path and as a job see them. */
    @ApplicationScoped
    static class Timeouts {

        record Bounds(String lockTimeout, String statementTimeout) {
        }

        @Inject
        EntityManager entityManager;

        @Transactional
        Bounds ofARequest() {
            return read();
        }

        @Transactional
        @BackgroundWork
        Bounds ofAJob() {
            return read();
        }

        private Bounds read() {
            return new Bounds(show("lock_timeout"), show("statement_timeout"));
        }

        private String show(String setting) {
            return (String) entityManager.createNativeQuery("SELECT current_setting('" + setting + "')")
                    .getSingleResult();
        }
    }
}
