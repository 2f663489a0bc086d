package cn.gonghui.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gonghui.catalogue.CatalogueViews.ServiceSummaryView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestCatalogue;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The catalogue and the streets are served from memory with a content ETag: a client revalidates
 * for an empty 304, and a change, made here or by another instance, is seen at once.
 */
@QuarkusTest
class ReferenceDataCacheTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestCatalogue catalogue;

    @Inject
    Catalogue catalogueQueries;

    @Inject
    StreetQueries streetQueries;

    @Test
    void aClientRevalidatesTheStreetsAndTheCatalogueForAnEmpty304() {
        for (String path : new String[] {"/api/v1/streets", "/api/v1/services", "/api/v1/services/membership.join"}) {
            String tag = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-cache")).extract().header("ETag");
            assertThat(tag).matches("\"[A-Za-z0-9_-]{24}\"");
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304)
                    .header("ETag", equalTo(tag)).body(emptyString());
            given().header("If-None-Match", "W/" + tag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\", " + tag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
        }
        // the tag is of the content: another language is another representation
        String chinese = given().when().get("/api/v1/services").then().extract().header("ETag");
        given().header("Accept-Language", "en").header("If-None-Match", chinese)
                .when().get("/api/v1/services").then().statusCode(200).header("ETag", not(equalTo(chinese)));
    }

    @Test
    void everyoneGetsTheSameFirstPagesUntilTheDataChangesAndOtherPagesAreMadeAsAsked() {
        PageParams firstTwenty = new PageParams(20, null);
        Page<ServiceSummaryView> services = catalogueQueries.enabledServices(firstTwenty, Locale.CHINESE);
        assertThat(catalogueQueries.enabledServices(new PageParams(20, null), Locale.CHINESE))
                .as("one object, so its JSON and ETag are written once").isSameAs(services);
        assertThat(catalogueQueries.enabledServices(firstTwenty, Locale.ENGLISH)).isNotSameAs(services);
        Page<StreetView> streets = streetQueries.directory(Optional.empty(), firstTwenty);
        assertThat(streetQueries.directory(Optional.empty(), new PageParams(20, null))).isSameAs(streets);
        assertThat(streetQueries.directory(Optional.of("xicheng"), firstTwenty))
                .isSameAs(streetQueries.directory(Optional.of("xicheng"), firstTwenty));
        assertThat(streetQueries.directory(Optional.of("nowhere"), firstTwenty))
                .as("an unknown district is not kept: free input never grows what is kept")
                .isNotSameAs(streetQueries.directory(Optional.of("nowhere"), firstTwenty));
        PageParams second = new PageParams(2, catalogueQueries.enabledServices(new PageParams(2, null), Locale.CHINESE)
                .nextCursor());
        assertThat(catalogueQueries.enabledServices(second, Locale.CHINESE))
                .isNotSameAs(catalogueQueries.enabledServices(second, Locale.CHINESE));

        catalogueQueries.changed(new ReferenceDataChanged(Catalogue.REFERENCE_DATA_KIND));
        assertThat(catalogueQueries.enabledServices(firstTwenty, Locale.CHINESE))
                .as("a change drops the kept pages with the snapshot").isNotSameAs(services)
                .isEqualTo(services);
    }

    @Test
    void anAdministratorsChangeIsServedAtOnceUnderANewTag() {
        String code = catalogue.newService();
        String path = "/api/v1/services/" + code;
        String before = given().when().get(path).then().statusCode(200)
                .body("service.name", equalTo("目录管理测试")).extract().header("ETag");
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", TestCatalogue.etag(admin, code))
                .body("{\"name\": {\"zh\": \"改过的名称\", \"en\": \"Renamed\"}}")
                .when().patch("/api/v1/admin/services/" + code).then().statusCode(200);

        given().header("If-None-Match", before).when().get(path).then().statusCode(200)
                .body("service.name", equalTo("改过的名称")).header("ETag", not(equalTo(before)));
    }

    @Test
    void anotherInstancesChangeIsHeardThroughPostgresNotify() throws Exception {
        String code = catalogue.newService();
        // adding the service was announced too: once this instance has heard that (moments later), its copy stays
        Thread.sleep(500);
        given().when().get("/api/v1/services/" + code).then().body("service.name", equalTo("目录管理测试"));

        // another instance commits a change and announces it, as ReferenceDataChanges does
        try (Connection connection = TestDatabase.database().connect()) {
            try (PreparedStatement rename = connection.prepareStatement(
                    "UPDATE services SET name_zh = '别的实例改的' WHERE code = ?")) {
                rename.setString(1, code);
                rename.executeUpdate();
            }
            String unannounced = given().when().get("/api/v1/services/" + code).then().extract().path("service.name");
            assertThat(unannounced).as("served from memory until announced").isEqualTo("目录管理测试");
            try (Statement notify = connection.createStatement()) {
                notify.execute("SELECT pg_notify('gonghui_reference_data', 'catalogue')");
            }
        }

        assertThat(eventually(() -> given().when().get("/api/v1/services/" + code).then().extract()
                .<String>path("service.name"), "别的实例改的")).isEqualTo("别的实例改的");
    }

    private static String eventually(Supplier<String> read, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String value = read.get();
        while (!expected.equals(value) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }
}
