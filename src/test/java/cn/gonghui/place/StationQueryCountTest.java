package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.TestDatabase;
import cn.gonghui.testing.TestReferenceData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The station list is reference data kept in memory: read in a few statements after a change,
 * whatever the number of stations, then served without a query.
 */
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
        TestReferenceData.placesChanged();
    }

    @AfterEach
    void removeThem() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM stations WHERE name LIKE 'query-count %'");
        }
        TestReferenceData.placesChanged();
    }

    @Test
    void theListIsReadOnceAfterAChangeWhateverItsLengthThenServedFromMemory() {
        long firstRead = statementsFor(5);
        long forFive = statementsFor(5);
        long forThirty = statementsFor(30);

        // a change of places drops the streets too: the streets, the districts, then the stations with their
        // facilities, their opening hours and the facility codes
        assertThat(firstRead).isEqualTo(5);
        assertThat(forFive).isZero();
        assertThat(forThirty).isZero();
    }

    @Test
    void aStationWrittenBehindTheServicesBackAppearsOnceTheChangeIsAnnounced() throws Exception {
        statementsFor(30);
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
            sql.execute("UPDATE stations SET name = 'query-count renamed' WHERE name = 'query-count 1'");
        }
        given().queryParam("streetCode", "guanganmenwai").queryParam("limit", 100).when().get("/api/v1/stations")
                .then().statusCode(200).body("items.name", not(hasItem("query-count renamed")));

        TestReferenceData.placesChanged();

        given().queryParam("streetCode", "guanganmenwai").queryParam("limit", 100).when().get("/api/v1/stations")
                .then().statusCode(200).body("items.name", hasItem("query-count renamed"));
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
