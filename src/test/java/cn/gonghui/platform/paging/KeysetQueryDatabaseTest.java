package cn.gonghui.platform.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.place.Street;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Keyset pages on PostgreSQL: walked to the end they show every row once, in order, both in JPQL
 * and in native SQL, both ways; a cursor a client tampered with is the 400 problem every list gives.
 */
@QuarkusTest
class KeysetQueryDatabaseTest {

    /** Xicheng's reference streets in their official order (migration V3). */
    private static final List<String> XICHENG = List.of("xichanganjie", "xinjiekou", "yuetan", "zhanlanlu",
            "desheng", "jinrongjie", "shichahai", "dashilan", "tianqiao", "chunshu", "taoranting", "guanganmennei",
            "niujie", "baizhifang", "guanganmenwai");

    @Inject
    EntityManager entityManager;

    @Test
    void jpqlPagesOnTwoKeysFollowOneAnotherWithoutGapsOrRepeats() {
        List<String> seen = walk(4, page -> {
            KeysetQuery<Street> query = KeysetQuery.jpql("select s from Street s join fetch s.district d", Street.class)
                    .whereEqual("d.code", "district", "xicheng")
                    .orderBy(Direction.ASCENDING, SortKey.text("d.code"), SortKey.integer("s.displayOrder"))
                    .page(page);
            return query.fetchPage(entityManager, street -> Cursor.of(street.district.code, street.displayOrder),
                    street -> street.code);
        });
        assertThat(seen).isEqualTo(XICHENG);
    }

    @Test
    void sqlPagesCompareRowsAndRunBackwardsToo() {
        List<String> seen = walk(6, page -> KeysetQuery.sql("SELECT s.code, d.code, s.display_order FROM streets s "
                        + "JOIN districts d ON d.id = s.district_id", Object[].class)
                .where("d.code = :district", "district", "xicheng")
                .orderBy(Direction.DESCENDING, SortKey.text("d.code"), SortKey.integer("s.display_order"))
                .page(page)
                .fetchPage(entityManager, row -> Cursor.of(row[1], row[2]), row -> (String) row[0]));
        List<String> backwards = new ArrayList<>(XICHENG);
        Collections.reverse(backwards);
        assertThat(seen).isEqualTo(backwards);
    }

    @Test
    void withoutAPageEveryRowComesBack() {
        List<Street> all = QuarkusTransaction.requiringNew().call(() -> KeysetQuery
                .jpql("select s from Street s join fetch s.district d", Street.class)
                .where("d.code = :district", "district", "xicheng")
                .orderBy(Direction.ASCENDING, SortKey.integer("s.displayOrder"))
                .fetch(entityManager));
        assertThat(all).extracting(street -> street.code).isEqualTo(XICHENG);
    }

    @Test
    void aCursorOfTheWrongShapeNeverReachesTheDatabase() {
        String oneKey = Cursor.of("xicheng").encode();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> KeysetQuery
                .jpql("select s from Street s join fetch s.district d", Street.class)
                .orderBy(Direction.ASCENDING, SortKey.text("d.code"), SortKey.integer("s.displayOrder"))
                .page(new PageParams(4, oneKey))
                .fetch(entityManager)))
                .isInstanceOf(ApiProblem.class).extracting("code").isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aTamperedCursorIsTheInvalidCursorProblem() {
        String next = given().queryParam("districtCode", "xicheng").queryParam("limit", 4)
                .when().get("/api/v1/streets").then().statusCode(200).extract().path("nextCursor");
        String decoded = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
        String orderReplacedByText = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decoded.replace("4", "four").getBytes(StandardCharsets.UTF_8));
        String keyDropped = Cursor.of("xicheng").encode();
        for (String tampered : List.of(orderReplacedByText, keyDropped, next + "x")) {
            given().queryParam("districtCode", "xicheng").queryParam("cursor", tampered).header("Accept-Language", "en")
                    .when().get("/api/v1/streets")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("code", equalTo("INVALID_CURSOR"))
                    .body("title", equalTo("Invalid cursor"))
                    .body("errors", nullValue());
        }
    }

    /** Every page of a list, from the first to the one without a next cursor. */
    private List<String> walk(int limit, Function<PageParams, Page<String>> list) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            PageParams params = new PageParams(limit, cursor);
            Page<String> page = QuarkusTransaction.requiringNew().call(() -> list.apply(params));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }
}
