package cn.gonghui.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 办事评价公开: figures per cell, withheld below five ratings, fixed once their month has closed. */
@QuarkusTest
class PublicEvaluationsTest {

    static final String PUBLIC = "/api/v1/public/evaluations";

    @Inject
    RatedApplications rated;

    @Inject
    Clock clock;

    UUID member;

    @BeforeEach
    void aMemberWhoRatesEverything() {
        member = TestAccounts.newMember().memberId();
    }

    @Test
    void fourRatingsAreWithheldAsFewerThanFiveAndFiveArePublishedWithTheirFigures() {
        LocalDate march = LocalDate.of(2025, 3, 3);
        for (int rating : new int[] {5, 5, 4, 1}) {
            rated.rated(member, "zhanlanlu", "legal-aid", march, 2, 5, rating);
        }
        LocalDate april = LocalDate.of(2025, 4, 1);
        int[] days = {1, 2, 3, 4, 10};
        int[] ratings = {5, 5, 4, 3, 2};
        for (int i = 0; i < 5; i++) {
            rated.rated(member, "zhanlanlu", "legal-aid", april, days[i], 5, ratings[i]);
        }

        cells("zhanlanlu", "2025-03", "2025-03").body("items", hasSize(1))
                .body("items[0].suppressed", equalTo(true))
                .body("items[0].ratings", equalTo("<5"))
                .body("items[0].averageRating", nullValue())
                .body("items[0].satisfiedShare", nullValue())
                .body("items[0].medianHandlingDays", nullValue());
        cells("zhanlanlu", "2025-04", "2025-04").body("items", hasSize(1))
                .body("items[0].month", equalTo("2025-04"))
                .body("items[0].street.name", equalTo("展览路"))
                .body("items[0].station.id", equalTo(RatedApplications.DESHENG_STATION.toString()))
                .body("items[0].serviceCode", equalTo("legal-aid"))
                .body("items[0].suppressed", equalTo(false))
                .body("items[0].ratings", equalTo("5"))
                .body("items[0].averageRating", equalTo("3.80"))
                .body("items[0].satisfiedShare", equalTo("0.60"))
                .body("items[0].onTimeShare", equalTo("0.80"))
                .body("items[0].medianHandlingDays", equalTo(3.0f))
                .body("items[0].fixed", equalTo(true));
    }

    @Test
    void aClosedMonthKeepsItsFiguresWhileTheOpenMonthFollowsTheRatings() {
        LocalDate june = LocalDate.of(2025, 6, 2);
        for (int i = 0; i < 5; i++) {
            rated.rated(member, "taoranting", "membership.join", june, 1, 5, 5);
        }
        cells("taoranting", "2025-06", "2025-06").body("items[0].ratings", equalTo("5"))
                .body("items[0].averageRating", equalTo("5.00"));
        // a rating that reaches a closed month afterwards (e.g. restored data) never changes what was published
        rated.rated(member, "taoranting", "membership.join", june, 1, 5, 1);
        cells("taoranting", "2025-06", "2025-06").body("items[0].ratings", equalTo("5"))
                .body("items[0].averageRating", equalTo("5.00")).body("items[0].fixed", equalTo(true));

        LocalDate today = BeijingTime.today(clock);
        String thisMonth = YearMonth.from(today).toString();
        for (int i = 0; i < 5; i++) {
            rated.rated(member, "taoranting", "card.apply", today, 0, 5, 4);
        }
        cells("taoranting", thisMonth, thisMonth).body("items", hasSize(1))
                .body("items[0].ratings", equalTo("5")).body("items[0].fixed", equalTo(false));
        rated.rated(member, "taoranting", "card.apply", today, 0, 5, 4);
        cells("taoranting", thisMonth, thisMonth).body("items[0].ratings", equalTo("6"));
    }

    @Test
    void aRangeMustRunForwardsAndStayWithinTwoYears() {
        given().queryParam("from", "2025-05").queryParam("to", "2025-04").when().get(PUBLIC)
                .then().statusCode(400).body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("BEFORE_FROM"));
        given().queryParam("from", "2022-01").queryParam("to", "2025-04").when().get(PUBLIC)
                .then().statusCode(400).body("errors[0].code", equalTo("RANGE_TOO_LONG"));
        given().queryParam("street", "desheng").when().get(PUBLIC)
                .then().statusCode(400).body("code", equalTo("UNKNOWN_QUERY_PARAMETER"));
    }

    private static ValidatableResponse cells(String street, String from, String to) {
        return given().queryParam("streetCode", street).queryParam("from", from).queryParam("to", to)
                .when().get(PUBLIC).then().statusCode(200).body("minimumRatings", equalTo(5));
    }
}
