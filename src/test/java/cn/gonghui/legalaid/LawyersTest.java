package cn.gonghui.legalaid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Officers list the union lawyers they can assign: those working a street of their own scope. */
@QuarkusTest
class LawyersTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager entityManager;

    @Test
    void aStreetOfficerSeesTheLawyersOfTheirStreetAndOfTheWholeDistrict() {
        String deshengLawyer = accounts.lawyer("desheng");
        String jinrongjieLawyer = accounts.lawyer("jinrongjie");
        String bothStreets = accounts.lawyer("desheng", "jinrongjie");
        String districtLawyer = districtLawyer();
        String notALawyer = accounts.streetOfficer("desheng");
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        List<String> seen = allPages(deshengOfficer, null);
        assertThat(seen).contains(id(deshengLawyer), id(bothStreets), id(districtLawyer))
                .doesNotContain(id(jinrongjieLawyer), id(notALawyer));

        // 金融街's lawyers are not in reach even when asked for by street
        assertThat(allPages(deshengOfficer, "jinrongjie")).isEmpty();

        // the district sees every street's lawyers; asked for 金融街, only those who can take its cases
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        assertThat(allPages(district, null)).contains(id(deshengLawyer), id(jinrongjieLawyer), id(bothStreets),
                id(districtLawyer)).doesNotContain(id(notALawyer));
        assertThat(allPages(district, "jinrongjie")).contains(id(jinrongjieLawyer), id(bothStreets), id(districtLawyer))
                .doesNotContain(id(deshengLawyer));
    }

    @Test
    void aLawyerIsShownByNameAndStreetsOnly() {
        String lawyer = accounts.lawyer("desheng", "jinrongjie");
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        JsonPath page = given().auth().oauth2(district).queryParam("limit", 100).queryParam("streetCode", "desheng")
                .when().get("/api/v1/admin/lawyers").then().statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>(page.getList("items.id"));
        String next = page.getString("nextCursor");
        while (!ids.contains(id(lawyer)) && next != null) {
            page = given().auth().oauth2(district).queryParam("limit", 100).queryParam("streetCode", "desheng")
                    .queryParam("cursor", next).when().get("/api/v1/admin/lawyers").then().statusCode(200)
                    .extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            next = page.getString("nextCursor");
        }
        Map<String, Object> shown = page.getMap("items.find { it.id == '" + id(lawyer) + "' }");
        assertThat(shown).containsOnlyKeys("id", "displayName", "streets", "district");
        assertThat(shown.get("displayName")).isEqualTo("Test officer");
        assertThat(page.getList("items.find { it.id == '" + id(lawyer) + "' }.streets.code"))
                .containsExactly("desheng", "jinrongjie");
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeats() {
        accounts.lawyer("desheng");
        accounts.lawyer("desheng");
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        JsonPath first = given().auth().oauth2(district).queryParam("limit", 1).when().get("/api/v1/admin/lawyers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(1);
        JsonPath second = given().auth().oauth2(district).queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor")).when().get("/api/v1/admin/lawyers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getString("items[0].id")).isGreaterThan(first.getString("items[0].id"));
        given().auth().oauth2(district).queryParam("cursor", "bm90LWEtdXVpZA").when().get("/api/v1/admin/lawyers")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void membersCannotListLawyers() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get("/api/v1/admin/lawyers")
                .then().statusCode(403);
        given().when().get("/api/v1/admin/lawyers").then().statusCode(401);
    }

    private List<String> allPages(String token, String streetCode) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 100);
            if (streetCode != null) {
                request.queryParam("streetCode", streetCode);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/admin/lawyers").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** A lawyer of the district union, who takes cases of every street of 西城. */
    private String districtLawyer() {
        String username = accounts.officer("district_officer", "xicheng");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE officers SET attributes = ARRAY['lawyer'] WHERE username = :username")
                .setParameter("username", username).executeUpdate());
        return username;
    }

    private String id(String username) {
        UUID id = accounts.officerId(username);
        return id.toString();
    }
}
