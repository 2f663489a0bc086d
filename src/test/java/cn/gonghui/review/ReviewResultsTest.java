package cn.gonghui.review;

import static cn.gonghui.review.ReviewFixtures.ADMIN;
import static cn.gonghui.review.ReviewFixtures.MEMBERS;
import static cn.gonghui.review.ReviewFixtures.answer;
import static cn.gonghui.review.ReviewFixtures.etag;
import static cn.gonghui.review.ReviewFixtures.open;
import static cn.gonghui.review.ReviewFixtures.opened;
import static cn.gonghui.review.ReviewFixtures.publish;
import static cn.gonghui.review.ReviewFixtures.ratings;
import static cn.gonghui.review.ReviewFixtures.round;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Results after closing, withheld below five answers; rounds within the district; answers in the member's export only. */
@QuarkusTest
class ReviewResultsTest {

    @Inject
    ReviewFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @Inject
    ErasureJob erasure;

    String xicheng;
    Instant closes;

    @BeforeEach
    void aDistrictOfficer() {
        xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        closes = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fourAnswersPublishOnlyLessThanFiveFiveAnswersPublishEveryQuestionsCountsAndAverage() {
        String four = openNow();
        String five = openNow();
        List<TestAccounts.SignedIn> answered = new ArrayList<>();
        int[][] given = {{5, 3}, {5, 3}, {4, 2}, {3, 1}, {1, 1}};
        for (int i = 0; i < 5; i++) {
            TestAccounts.SignedIn member = fixtures.unionMember("desheng");
            answered.add(member);
            answer(member, five, ratings(given[i][0], given[i][1])).then().statusCode(201);
            if (i < 4) {
                answer(member, four, ratings(given[i][0], given[i][1])).then().statusCode(201);
            }
        }
        publish(xicheng, four, "\"0\"").then().statusCode(409).body("code", equalTo("REVIEW_STATE_CONFLICT"))
                .body("currentStatus", equalTo("open"));

        clock.pinAt(closes);
        publish(xicheng, four, null).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        publish(xicheng, four, "\"7\"").then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        String fewDocument = publish(xicheng, four, "\"0\"").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("published")).body("disclosureId", notNullValue()).extract().path("disclosureId");
        publish(xicheng, four, "\"1\"").then().statusCode(409).body("currentStatus", equalTo("published"));
        String withheld = given().when().get("/api/v1/disclosures/" + fewDocument).then().statusCode(200)
                .body("kind", equalTo("democratic_review")).body("status", equalTo("published"))
                .body("union.code", equalTo("desheng"))
                .body("current.reviewResults.respondents", equalTo("<5"))
                .body("current.reviewResults.suppressed", equalTo(true))
                .body("current.reviewResults.questions", empty()).extract().asString();
        assertThat(withheld).doesNotContain("average").contains("收回答卷 <5 份");

        String document = publish(xicheng, five, etag(xicheng, five)).then().statusCode(200)
                .extract().path("disclosureId");
        String published = given().when().get("/api/v1/disclosures/" + document).then().statusCode(200)
                .body("current.reviewResults.respondents", equalTo("5"))
                .body("current.reviewResults.suppressed", equalTo(false))
                .body("current.reviewResults.questions.code", contains("rights", "funds"))
                .body("current.reviewResults.questions[0].average", equalTo("3.60"))
                .body("current.reviewResults.questions[0].counts.rating", contains(1, 2, 3, 4, 5))
                .body("current.reviewResults.questions[0].counts.count", contains(1, 0, 1, 1, 2))
                .body("current.reviewResults.questions[1].scaleMax", equalTo(3))
                .body("current.reviewResults.questions[1].average", equalTo("2.00"))
                .body("current.reviewResults.questions[1].counts.count", contains(2, 1, 2)).extract().asString();
        for (TestAccounts.SignedIn member : answered) {
            assertThat(published).doesNotContain(member.memberId().toString());
        }
        given().queryParam("streetCode", "desheng").queryParam("kind", "democratic_review").queryParam("limit", 100)
                .when().get("/api/v1/disclosures").then().statusCode(200).body("items.id", hasItem(document));
    }

    @Test
    void twoOfficersPublishingAtOncePublishOnce() throws Exception {
        String title = "并发公布 " + java.util.UUID.randomUUID();
        Map<String, Object> request = round("desheng", closes.minus(Duration.ofHours(2)), closes);
        request.put("title", title);
        String id = opened(xicheng, request);
        String other = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        clock.pinAt(closes);
        List<Integer> statuses = AtOnce.run(() -> publish(xicheng, id, "\"0\"").statusCode(),
                () -> publish(other, id, "\"0\"").statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(fixtures.documentsTitled("民主评议结果：" + title)).isOne();
    }

    @Test
    void roundsStayWithinTheDistrictAndOnlyDistrictOfficersOpenAndPublishThem() {
        String id = openNow();
        String elsewhere = TestAccounts.officerToken(accounts.officer("district_officer", fixtures.otherDistrict()));
        given().auth().oauth2(elsewhere).when().get(ADMIN + "/" + id).then().statusCode(404)
                .body("code", equalTo("REVIEW_NOT_FOUND"));
        given().auth().oauth2(elsewhere).queryParam("limit", 100).when().get(ADMIN).then().statusCode(200)
                .body("items", empty());
        clock.pinAt(closes);
        publish(elsewhere, id, "\"0\"").then().statusCode(404).body("code", equalTo("REVIEW_NOT_FOUND"));
        open(elsewhere, round("desheng", closes, closes.plus(Duration.ofHours(1)))).then().statusCode(403)
                .body("code", equalTo("REVIEW_OUT_OF_REACH"));

        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(desheng).queryParam("limit", 100).when().get(ADMIN).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(desheng).when().get(ADMIN + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        publish(desheng, id, "\"0\"").then().statusCode(403);
        open(desheng, round("desheng", closes, closes.plus(Duration.ofHours(1)))).then().statusCode(403);
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        given().auth().oauth2(jinrongjie).when().get(ADMIN + "/" + id).then().statusCode(404);
        given().auth().oauth2(jinrongjie).queryParam("limit", 100).when().get(ADMIN).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aRoundNeedsAKnownStreetTimesInOrderAndDistinctQuestions() {
        Map<String, Object> backwards = round("desheng", closes, closes.minus(Duration.ofMinutes(1)));
        open(xicheng, backwards).then().statusCode(422).body("code", equalTo("REVIEW_INVALID"))
                .body("errors[0].field", equalTo("closesAt")).body("errors[0].code", equalTo("NOT_AFTER_OPENS_AT"));
        Map<String, Object> past = round("desheng", closes.minus(Duration.ofDays(3)), closes.minus(Duration.ofDays(2)));
        open(xicheng, past).then().statusCode(422).body("errors[0].code", equalTo("IN_THE_PAST"));
        Map<String, Object> unknown = round("atlantis", closes, closes.plus(Duration.ofHours(1)));
        open(xicheng, unknown).then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_STREET"));
        Map<String, Object> twice = round("desheng", closes, closes.plus(Duration.ofHours(1)));
        ((List<Object>) twice.get("questions")).add(Map.of("code", "rights", "text", "再问一次", "scaleMax", 5));
        open(xicheng, twice).then().statusCode(422).body("errors[0].field", equalTo("questions[2].code"))
                .body("errors[0].code", equalTo("DUPLICATE_CODE"));
        Map<String, Object> far = round("desheng", closes, Instant.parse("2101-01-01T00:00:00Z"));
        open(xicheng, far).then().statusCode(422).body("errors[0].code", equalTo("YEAR_OUT_OF_RANGE"));
        Map<String, Object> noQuestions = round("desheng", closes, closes.plus(Duration.ofHours(1)));
        noQuestions.put("questions", List.of());
        open(xicheng, noQuestions).then().statusCode(400);
        Map<String, Object> wideScale = round("desheng", closes, closes.plus(Duration.ofHours(1)));
        wideScale.put("questions", List.of(Map.of("code", "rights", "text", "权益", "scaleMax", 11)));
        open(xicheng, wideScale).then().statusCode(400);
    }

    @Test
    void theMembersAnswersAreInHerExportAndErasureUnlinksThemButKeepsThemCounted() {
        String id = openNow();
        TestAccounts.SignedIn leaving = fixtures.unionMember("desheng");
        answer(leaving, id, ratings(4, 2)).then().statusCode(201);
        given().auth().oauth2(leaving.accessToken()).when().get("/api/v1/me/data-export").then().statusCode(200)
                .body("democraticReviews.roundId", contains(id))
                .body("democraticReviews[0].streetCode", equalTo("desheng"))
                .body("democraticReviews[0].ratings.code", contains("rights", "funds"))
                .body("democraticReviews[0].ratings.rating", contains(4, 2));

        given().auth().oauth2(leaving.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();
        assertThat(fixtures.answers(id)).containsExactly(1, 0);
    }

    @Test
    void everyOperationRefusesWhatItDoesNotKnowAndWhoItDoesNotServe() {
        String id = openNow();
        String member = fixtures.unionMember("desheng").accessToken();
        for (String path : List.of(ADMIN, ADMIN + "/" + id)) {
            given().auth().oauth2(xicheng).queryParam("x", "1").when().get(path).then().statusCode(400);
            given().when().get(path).then().statusCode(401);
            given().auth().oauth2(member).when().get(path).then().statusCode(403);
        }
        given().auth().oauth2(xicheng).queryParam("x", "1").header("If-Match", "\"0\"")
                .when().post(ADMIN + "/" + id + "/publish-results").then().statusCode(400);
        given().when().post(ADMIN + "/" + id + "/publish-results").then().statusCode(401);
        given().auth().oauth2(member).when().post(ADMIN + "/" + id + "/publish-results").then().statusCode(403);
        Map<String, Object> request = round("desheng", closes, closes.plus(Duration.ofHours(1)));
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).body(request).queryParam("x", "1").when().post(ADMIN)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(request).when().post(ADMIN).then().statusCode(401);
        given().auth().oauth2(member).contentType(ContentType.JSON).body(request).when().post(ADMIN).then().statusCode(403);
        given().auth().oauth2(member).queryParam("x", "1").when().get(MEMBERS).then().statusCode(400);
        given().when().get(MEMBERS).then().statusCode(401);
        given().auth().oauth2(xicheng).when().get(MEMBERS).then().statusCode(403);
        given().auth().oauth2(member).contentType(ContentType.JSON).body(ratings(5, 3)).queryParam("x", "1")
                .when().post(MEMBERS + "/" + id + "/answers").then().statusCode(400);
        given().contentType(ContentType.JSON).body(ratings(5, 3)).when().post(MEMBERS + "/" + id + "/answers")
                .then().statusCode(401);
        given().auth().oauth2(xicheng).contentType(ContentType.JSON).body(ratings(5, 3))
                .when().post(MEMBERS + "/" + id + "/answers").then().statusCode(403);
        given().auth().oauth2(member).contentType(ContentType.JSON).body("{\"ratings\": [], \"extra\": 1}")
                .when().post(MEMBERS + "/" + id + "/answers").then().statusCode(400);
    }

    private String openNow() {
        return opened(xicheng, round("desheng", closes.minus(Duration.ofHours(2)), closes));
    }
}
