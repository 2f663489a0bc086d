package cn.gonghui.review;

import static io.restassured.RestAssured.given;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Review rounds, union members and answers for the 民主评议 tests. */
@ApplicationScoped
public class ReviewFixtures {

    static final String ADMIN = "/api/v1/admin/democratic-reviews";
    static final String MEMBERS = "/api/v1/democratic-reviews";

    private final EntityManager entityManager;

    public ReviewFixtures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A worker signed in with an active union membership in the street. */
    TestAccounts.SignedIn unionMember(String streetCode) {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at,
                                                 updated_at, version)
                        SELECT :id, :member, :number, 'active', name || '街道联合工会', id, :since, :now, :now, 0
                          FROM streets WHERE code = :street""")
                .setParameter("id", Ids.newId()).setParameter("member", member.memberId())
                .setParameter("number", "XC" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)))
                .setParameter("since", LocalDate.of(2025, 3, 1)).setParameter("now", TestClock.current())
                .setParameter("street", streetCode).executeUpdate());
        return member;
    }

    /** A district of no streets: its officers reach nothing of xicheng. */
    String otherDistrict() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO districts (id, code, name, number_prefix) VALUES (:id, 'shunyi', '顺义区', 'SY')
                ON CONFLICT (code) DO NOTHING""").setParameter("id", Ids.newId()).executeUpdate());
        return "shunyi";
    }

    /** The answers the database holds for the round, and how many of them still name a member. */
    long[] answers(String roundId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT count(*), count(member_id) FROM review_answers WHERE round_id = :id")
                .setParameter("id", UUID.fromString(roundId)).getSingleResult());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** How many 会务公开 documents carry the title in any version. */
    long documentsTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(DISTINCT disclosure_id) FROM disclosure_versions WHERE title = :title")
                .setParameter("title", title).getSingleResult()).longValue());
    }

    static Map<String, Object> round(String streetCode, Instant opensAt, Instant closesAt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("streetCode", streetCode);
        request.put("title", "德胜街道工会年度民主评议");
        request.put("opensAt", opensAt.toString());
        request.put("closesAt", closesAt.toString());
        request.put("questions", new ArrayList<>(List.of(
                Map.of("code", "rights", "text", "工会维护职工权益工作", "scaleMax", 5),
                Map.of("code", "funds", "text", "工会经费使用公开透明", "scaleMax", 3))));
        return request;
    }

    static Response open(String officerToken, Map<String, Object> request) {
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON).body(request).when().post(ADMIN);
    }

    static String opened(String officerToken, Map<String, Object> request) {
        return open(officerToken, request).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> ratings(int rights, int funds) {
        return Map.of("ratings", List.of(Map.of("code", "rights", "rating", rights), Map.of("code", "funds", "rating", funds)));
    }

    static Response answer(TestAccounts.SignedIn member, String roundId, Object body) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS + "/" + roundId + "/answers");
    }

    static Response publish(String officerToken, String roundId, String ifMatch) {
        var request = given().auth().oauth2(officerToken);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(ADMIN + "/" + roundId + "/publish-results");
    }

    static String etag(String officerToken, String roundId) {
        return given().auth().oauth2(officerToken).when().get(ADMIN + "/" + roundId).then().statusCode(200)
                .extract().header("ETag");
    }
}
