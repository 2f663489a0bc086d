package cn.gonghui.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Xicheng's 15 streets, in their official order, for anyone. */
@QuarkusTest
class StreetsTest {

    private static final List<String> XICHENG_STREETS = List.of("xichanganjie", "xinjiekou", "yuetan", "zhanlanlu",
            "desheng", "jinrongjie", "shichahai", "dashilan", "tianqiao", "chunshu", "taoranting", "guanganmennei",
            "niujie", "baizhifang", "guanganmenwai");

    @Test
    void xichengHasItsFifteenStreetsInOrder() {
        given().queryParam("districtCode", "xicheng")
                .when().get("/api/v1/streets")
                .then().statusCode(200)
                .body("items", hasSize(15))
                .body("items.code", equalTo(XICHENG_STREETS))
                .body("items[4].name", equalTo("德胜"))
                .body("items[5].name", equalTo("金融街"))
                .body("items[0].district.name", equalTo("西城区"))
                .body("nextCursor", nullValue());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("districtCode", "xicheng").queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/streets").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(4);
        assertThat(seen).isEqualTo(XICHENG_STREETS);
    }

    @Test
    void anotherDistrictHasNoStreetsYet() {
        given().queryParam("districtCode", "shunyi")
                .when().get("/api/v1/streets")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aLimitOutOfRangeIsRefused() {
        given().queryParam("limit", 101).when().get("/api/v1/streets")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("TOO_LARGE"));
    }
}
