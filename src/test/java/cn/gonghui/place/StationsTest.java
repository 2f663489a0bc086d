package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Workers find the station of their street, or the nearest one with what they need. */
@QuarkusTest
class StationsTest {

    static final String DESHENG_OUTDOOR = "01a20144-3af1-7ea3-9ce3-d9690a412c72";
    static final String JINGHUA = "01a20144-3af0-7ffb-801d-6ce0be09b8c3";

    @Test
    void theDeshengOutdoorWorkersStationIsAsTheSeedsDescribeIt() {
        given().when().get("/api/v1/stations/" + DESHENG_OUTDOOR)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("德胜街道户外劳动者服务站"))
                .body("kind", equalTo("outdoor_workers_station"))
                .body("street.code", equalTo("desheng"))
                .body("openedOn", equalTo("2016-04-12"))
                .body("address", equalTo("北京市西城区德外大街（临街）"))
                .body("facilities.code", contains("microwave", "hot_water", "first_aid_kit", "tyre_pump", "sofa",
                        "newspapers"))
                .body("facilities[0].name", equalTo("微波炉"))
                .body("openingHours", hasSize(7))
                .body("openingHours[0].dayOfWeek", equalTo("MONDAY"))
                .body("openingHours[0].opens", equalTo("07:00"))
                .body("demo", equalTo(false));
    }

    @Test
    void theJinghuaStationHasItsFloorArea() {
        given().when().get("/api/v1/stations/" + JINGHUA)
                .then().statusCode(200)
                .body("name", equalTo("西城晶华工会服务站"))
                .body("street.code", equalTo("jinrongjie"))
                .body("floorAreaSqm", equalTo(625.0f))
                .body("facilities.code", hasItems("counselling", "legal_advice"));
    }

    @Test
    void facilityNamesFollowTheCallersLanguage() {
        given().header("Accept-Language", "en").when().get("/api/v1/stations/" + DESHENG_OUTDOOR)
                .then().statusCode(200).body("facilities[0].name", equalTo("Microwave oven"));
    }

    @Test
    void anUnchangedStationIsNotSentAgain() {
        given().header("If-None-Match", "\"0\"").when().get("/api/v1/stations/" + DESHENG_OUTDOOR)
                .then().statusCode(304);
    }

    @Test
    void anUnknownStationIs404() {
        given().when().get("/api/v1/stations/01a20144-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("STATION_NOT_FOUND"));
    }

    @Test
    void filterByStreet() {
        given().queryParam("streetCode", "desheng").when().get("/api/v1/stations")
                .then().statusCode(200)
                .body("items.id", contains(DESHENG_OUTDOOR))
                .body("items[0].distanceMeters", nullValue());
    }

    @Test
    void filterByEveryFacilityAsked() {
        given().queryParam("facility", "microwave").queryParam("facility", "tyre_pump")
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items.id", contains(DESHENG_OUTDOOR));
        given().queryParam("facility", "microwave").queryParam("facility", "counselling")
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void nearestFirstWithTheDistance() {
        given().queryParam("lat", 39.95).queryParam("lng", 116.37)
                .when().get("/api/v1/stations")
                .then().statusCode(200)
                .body("items.id", contains(DESHENG_OUTDOOR, JINGHUA))
                .body("items.distanceMeters", contains(924, 4115));
    }

    @Test
    void onlyWithinTheRadius() {
        given().queryParam("lat", 39.95).queryParam("lng", 116.37).queryParam("radiusKm", 2)
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items.id", contains(DESHENG_OUTDOOR));
    }

    @Test
    void nearestFirstPagesByDistance() {
        String next = given().queryParam("lat", 39.95).queryParam("lng", 116.37).queryParam("limit", 1)
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items.id", contains(DESHENG_OUTDOOR))
                .extract().path("nextCursor");
        assertThat(next).isNotNull();
        given().queryParam("lat", 39.95).queryParam("lng", 116.37).queryParam("limit", 1).queryParam("cursor", next)
                .when().get("/api/v1/stations")
                .then().statusCode(200).body("items.id", contains(JINGHUA)).body("nextCursor", nullValue());
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String byDistance = given().queryParam("lat", 39.95).queryParam("lng", 116.37).queryParam("limit", 1)
                .when().get("/api/v1/stations").then().extract().path("nextCursor");
        given().queryParam("cursor", byDistance).when().get("/api/v1/stations")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void halfALocationOrUnknownNamesAreRefusedPrecisely() {
        given().queryParam("lat", 39.95).when().get("/api/v1/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("lng"))
                .body("errors[0].code", equalTo("REQUIRED_WITH_LAT"));
        given().queryParam("radiusKm", 3).when().get("/api/v1/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        given().queryParam("lat", 91).queryParam("lng", 116).when().get("/api/v1/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("lat"));
        given().queryParam("streetCode", "atlantis").queryParam("facility", "jacuzzi")
                .when().get("/api/v1/stations")
                .then().statusCode(400)
                .body("errors.code", containsInAnyOrder("UNKNOWN_STREET", "UNKNOWN_FACILITY"));
    }

    @Test
    void theFacilityListServesTheFilter() {
        given().when().get("/api/v1/facilities?limit=100")
                .then().statusCode(200)
                .body("items.code", hasItems("microwave", "hot_water", "first_aid_kit", "tyre_pump", "sofa", "newspapers"))
                .body("items[0].name", equalTo("微波炉"));
    }
}
