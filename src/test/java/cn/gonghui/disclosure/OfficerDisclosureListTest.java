package cn.gonghui.disclosure;

import static cn.gonghui.disclosure.DisclosuresTest.ADMIN;
import static cn.gonghui.disclosure.DisclosuresTest.act;
import static cn.gonghui.disclosure.DisclosuresTest.create;
import static cn.gonghui.disclosure.DisclosuresTest.notice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The officers' list of 会务公开: drafts and withdrawn documents too, within the unions they manage. */
@QuarkusTest
class OfficerDisclosureListTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager entityManager;

    @Test
    void streetOfficersListTheirStreetsDocumentsDistrictOfficersTheDistrictsAndItsStreetsInEveryStatus() {
        int year = ThreadLocalRandom.current().nextInt(2040, 2100);
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));

        String draft = created(desheng, document("德胜的草稿", "desheng", year));
        String published = created(desheng, document("德胜的公开文件", "desheng", year));
        act(desheng, published, "publish", "\"0\"", null).then().statusCode(200);
        String withdrawn = created(desheng, document("德胜撤回的草稿", "desheng", year));
        act(desheng, withdrawn, "withdraw", "\"0\"", Map.of("reason", "重复")).then().statusCode(200);
        String neighbour = created(jinrongjie, document("金融街的草稿", "jinrongjie", year));
        Map<String, Object> districtDocument = document("区总工会的草稿", null, year);
        districtDocument.put("districtCode", "xicheng");
        String district = created(xicheng, districtDocument);

        list(desheng, Map.of("year", year)).then().statusCode(200)
                .body("items.id", contains(withdrawn, published, draft));
        list(desheng, Map.of("year", year, "status", "draft")).then().statusCode(200)
                .body("items.id", contains(draft)).body("items[0].status", equalTo("draft"))
                .body("items[0].title", equalTo("德胜的草稿")).body("items[0].publishedAt", nullValue())
                .body("items[0].union.code", equalTo("desheng"));
        list(desheng, Map.of("year", year, "status", "withdrawn")).then().statusCode(200)
                .body("items.id", contains(withdrawn));
        list(jinrongjie, Map.of("year", year)).then().statusCode(200).body("items.id", contains(neighbour));
        list(xicheng, Map.of("year", year, "kind", "notice")).then().statusCode(200)
                .body("items.id", containsInAnyOrder(draft, published, withdrawn, neighbour, district));
        list(xicheng, Map.of("year", year, "kind", "work_plan")).then().statusCode(200)
                .body("items", empty());

        String elsewhere = TestAccounts.officerToken(accounts.officer("district_officer", otherDistrict()));
        list(elsewhere, Map.of("year", year)).then().statusCode(200).body("items", empty());
    }

    @Test
    void pagesRunOnByCursorNewestFirst() {
        int year = ThreadLocalRandom.current().nextInt(2040, 2100);
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String first = created(desheng, document("第一份", "desheng", year));
        String second = created(desheng, document("第二份", "desheng", year));
        Response page = list(desheng, Map.of("year", year, "limit", 1));
        page.then().statusCode(200).body("items.id", contains(second));
        list(desheng, Map.of("year", year, "limit", 1, "cursor", (Object) page.path("nextCursor")))
                .then().statusCode(200).body("items.id", contains(first)).body("nextCursor", nullValue());
    }

    @Test
    void onlyOfficersListAndEveryFilterIsChecked() {
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        list(desheng, Map.of("status", "lost")).then().statusCode(400);
        list(desheng, Map.of("year", 1999)).then().statusCode(400);
        list(desheng, Map.of("kind", "poem")).then().statusCode(400);
        given().when().get(ADMIN).then().statusCode(401);
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get(ADMIN).then().statusCode(403);
    }

    private String otherDistrict() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO districts (id, code, name, number_prefix) VALUES (:id, 'shunyi', '顺义区', 'SY')
                ON CONFLICT (code) DO NOTHING""").setParameter("id", Ids.newId()).executeUpdate());
        return "shunyi";
    }

    private static Map<String, Object> document(String title, String streetCode, int year) {
        Map<String, Object> body = notice(title);
        body.put("year", year);
        if (streetCode == null) {
            body.remove("streetCode");
        } else {
            body.put("streetCode", streetCode);
        }
        return body;
    }

    private static String created(String token, Map<String, Object> body) {
        return create(token, body).then().statusCode(201).extract().path("id");
    }

    private static Response list(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get(ADMIN);
    }
}
