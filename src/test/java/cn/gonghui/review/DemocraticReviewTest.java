package cn.gonghui.review;

import static cn.gonghui.review.ReviewFixtures.ADMIN;
import static cn.gonghui.review.ReviewFixtures.MEMBERS;
import static cn.gonghui.review.ReviewFixtures.answer;
import static cn.gonghui.review.ReviewFixtures.opened;
import static cn.gonghui.review.ReviewFixtures.ratings;
import static cn.gonghui.review.ReviewFixtures.round;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 民主评议: a street's members answer once while the round is open; the district publishes counted results. */
@QuarkusTest
class DemocraticReviewTest {

    @Inject
    ReviewFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    String xicheng;

    @BeforeEach
    void aDistrictOfficer() {
        xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStreetsMembersAnswerOnceEachOnlyWhileTheRoundIsOpen() {
        Instant opens = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofHours(1));
        String key = "review-" + opens.toEpochMilli();
        Map<String, Object> request = round("desheng", opens, closes);
        String id = given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post(ADMIN).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("upcoming")).body("street.code", equalTo("desheng"))
                .body("questions.code", contains("rights", "funds")).body("answers", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("Idempotency-Key", key).body(request)
                .when().post(ADMIN).then().statusCode(201).header("Location", endsWith(ADMIN + "/" + id)).body("id", equalTo(id));
        request.put("title", "另一次评议");
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).header("Idempotency-Key", key).body(request)
                .when().post(ADMIN).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        TestAccounts.SignedIn member = fixtures.unionMember("desheng");
        TestAccounts.SignedIn late = fixtures.unionMember("desheng");
        TestAccounts.SignedIn neighbour = fixtures.unionMember("jinrongjie");
        TestAccounts.SignedIn worker = TestAccounts.newMemberOf("desheng");

        answer(member, id, ratings(5, 3)).then().statusCode(409).body("code", equalTo("REVIEW_NOT_OPEN"))
                .body("opensAt", equalTo(opens.toString())).body("closesAt", equalTo(closes.toString()));
        myRounds(member).then().statusCode(200).body("items.id", not(hasItem(id)));

        clock.pinAt(opens);
        myRounds(member).then().statusCode(200).body("items.find { it.id == '" + id + "' }.answered", equalTo(false));
        myRounds(neighbour).then().statusCode(200).body("items.id", not(hasItem(id)));
        myRounds(worker).then().statusCode(200).body("items", empty());
        answer(neighbour, id, ratings(5, 3)).then().statusCode(404).body("code", equalTo("REVIEW_NOT_FOUND"));
        answer(worker, id, ratings(5, 3)).then().statusCode(404).body("code", equalTo("REVIEW_NOT_FOUND"));

        String answeredAt = given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(ratings(5, 3)).when().post(MEMBERS + "/" + id + "/answers")
                .then().statusCode(201).body("roundId", equalTo(id)).extract().path("answeredAt");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ratings(5, 3)).when().post(MEMBERS + "/" + id + "/answers")
                .then().statusCode(201).body("answeredAt", equalTo(answeredAt));
        answer(member, id, ratings(1, 1)).then().statusCode(409).body("code", equalTo("REVIEW_ALREADY_ANSWERED"));
        myRounds(member).then().statusCode(200).body("items.find { it.id == '" + id + "' }.answered", equalTo(true));

        clock.pinAt(closes);
        answer(late, id, ratings(4, 2)).then().statusCode(409).body("code", equalTo("REVIEW_NOT_OPEN"));
        assertThat(fixtures.answers(id)).containsExactly(1, 1);
        given().auth().oauth2(xicheng).when().get(ADMIN + "/" + id).then().statusCode(200)
                .body("status", equalTo("closed")).body("answers", equalTo(1));
    }

    @Test
    void anAnswerRatesEveryQuestionOnceWithinItsScale() {
        String id = openNow();
        TestAccounts.SignedIn member = fixtures.unionMember("desheng");
        answer(member, id, ratings(6, 1)).then().statusCode(422).body("code", equalTo("REVIEW_ANSWER_INVALID"))
                .body("errors[0].field", equalTo("ratings[0].rating")).body("errors[0].code", equalTo("ABOVE_SCALE"));
        answer(member, id, ratings(5, 4)).then().statusCode(422).body("errors[0].field", equalTo("ratings[1].rating"));
        answer(member, id, Map.of("ratings", List.of(Map.of("code", "rights", "rating", 5))))
                .then().statusCode(422).body("errors[0].code", equalTo("QUESTION_UNANSWERED"));
        answer(member, id, Map.of("ratings", List.of(Map.of("code", "rights", "rating", 5),
                Map.of("code", "rights", "rating", 4), Map.of("code", "pay", "rating", 1))))
                .then().statusCode(422).body("errors.code", contains("DUPLICATE_CODE", "UNKNOWN_QUESTION"));
        answer(member, id, Map.of("ratings", List.of(Map.of("code", "rights", "rating", "five")))).then().statusCode(400);
        answer(member, id, Map.of("ratings", List.of(Map.of("code", "rights", "rating", 0)))).then().statusCode(400);
        assertThat(fixtures.answers(id)).containsExactly(0, 0);
    }

    @Test
    void twoAnswersOfOneMemberSentAtOnceCountOnce() throws Exception {
        String id = openNow();
        for (int race = 0; race < 3; race++) {
            TestAccounts.SignedIn member = fixtures.unionMember("desheng");
            List<Integer> statuses = AtOnce.run(() -> answer(member, id, ratings(5, 3)).statusCode(),
                    () -> answer(member, id, ratings(4, 2)).statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(fixtures.answers(id)).containsExactly(3, 3);
    }

    private String openNow() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return opened(xicheng, round("desheng", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
    }

    private static io.restassured.response.Response myRounds(TestAccounts.SignedIn member) {
        return given().auth().oauth2(member.accessToken()).queryParam("limit", 100).when().get(MEMBERS);
    }
}
