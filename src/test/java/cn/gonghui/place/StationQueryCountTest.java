package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of stations costs the same few queries whether it shows 5 stations or 30. */
@QuarkusTest
class StationQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void thirtyStationsInGuanganmenwai() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO stations (id, street_id, name, kind, address, latitude, longitude, demo, created_at, updated_at)
                    SELECT gen_random_uuid(), streets.id, 'query-count ' || n, 'union_service_station', 'test', 39.89, 116.33,
                           false, now(), now()
                    FROM streets, generate_series(1, 30) AS n WHERE streets.code = 'guanganmenwai'""");
            sql.execute("""
                    INSERT INTO station_facilities (station_id, facility_code)
                    SELECT id, 'hot_water' FROM stations WHERE name LIKE 'query-count %'""");
            sql.execute("""
                    INSERT INTO station_opening_hours (station_id, day_of_week, opens, closes)
                    SELECT id, 1, '09:00', '17:00' FROM stations WHERE name LIKE 'query-count %'""");
        }
    }

    @AfterEach
    void removeThem() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM stations WHERE name LIKE 'query-count %'");
        }
    }

    @Test
    void noQueryPerStation() {
        long forFive = statementsFor(5);
        long forThirty = statementsFor(30);
        assertThat(forThirty).isEqualTo(forFive).isLessThanOrEqualTo(4);
    }

    private long statementsFor(int limit) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("streetCode", "guanganmenwai").queryParam("limit", limit)
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items", hasSize(limit));
        return statistics.getPrepareStatementCount();
    }
}
