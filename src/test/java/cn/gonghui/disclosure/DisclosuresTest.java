package cn.gonghui.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 会务公开: drafts stay inside, published documents and their files are public, corrections keep the old version. */
@QuarkusTest
class DisclosuresTest {

    static final String ADMIN = "/api/v1/admin/disclosures";
    static final String PUBLIC = "/api/v1/disclosures";
    static final byte[] PDF = "%PDF-1.4\n% 德胜街道工会预算\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    TestAccounts accounts;

    String desheng;

    @BeforeEach
    void aStreetOfficer() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    @Test
    void aDraftIsInvisibleUntilPublishedThenItAndItsFileArePublicAndACorrectionKeepsTheOldVersion() {
        String file = upload(desheng);
        Response created = create(desheng, budget("860000.00", "812345.50", "47654.50", List.of(file)));
        created.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("draft"))
                .body("union.code", equalTo("desheng")).body("current.fundTotals.balance", equalTo("47654.50"));
        String id = created.path("id");

        given().when().get(PUBLIC + "/" + id).then().statusCode(404).body("code", equalTo("DISCLOSURE_NOT_FOUND"));
        given().when().get(PUBLIC + "/" + id + "/attachments/" + file).then().statusCode(404);
        given().queryParam("streetCode", "desheng").when().get(PUBLIC).then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        act(desheng, id, "publish", null, null).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        act(desheng, id, "publish", "\"9\"", null).then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        act(desheng, id, "publish", "\"0\"", null).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("published"));
        act(desheng, id, "publish", "\"1\"", null).then().statusCode(409)
                .body("code", equalTo("DISCLOSURE_STATE_CONFLICT")).body("currentStatus", equalTo("published"));

        given().when().get(PUBLIC + "/" + id).then().statusCode(200).body("current.version", equalTo(1))
                .body("current.attachments[0].file.id", equalTo(file)).body("earlierVersions", hasSize(0));
        byte[] downloaded = given().when().get(PUBLIC + "/" + id + "/attachments/" + file)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        Map<String, Object> correction = new HashMap<>(Map.of("title", "德胜街道工会2026年经费预算（更正）", "body", "更正后的正文",
                "fundTotals", Map.of("income", "860000.00", "expenditure", "812000.00", "balance", "48000.00"),
                "changeNote", "更正支出合计"));
        act(desheng, id, "corrections", "\"1\"", correction).then().statusCode(200).header("ETag", "\"2\"");
        given().when().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("current.version", equalTo(2)).body("current.changeNote", equalTo("更正支出合计"))
                .body("current.fundTotals.expenditure", equalTo("812000.00"))
                .body("current.attachments", hasSize(0))
                .body("earlierVersions.version", contains(1))
                .body("earlierVersions[0].fundTotals.expenditure", equalTo("812345.50"))
                .body("earlierVersions[0].changeNote", nullValue());
        // the first version's file stays downloadable: the old version is still readable
        given().when().get(PUBLIC + "/" + id + "/attachments/" + file).then().statusCode(200);
        given().queryParam("streetCode", "desheng").queryParam("kind", "fund_budget").queryParam("year", 2026)
                .when().get(PUBLIC).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].version", equalTo(2))
                .body("items[0].title", equalTo("德胜街道工会2026年经费预算（更正）"));

        act(desheng, id, "withdraw", "\"2\"", Map.of("reason", "误发")).then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("withdrawalReason", equalTo("误发"));
        given().when().get(PUBLIC + "/" + id).then().statusCode(404);
        given().when().get(PUBLIC + "/" + id + "/attachments/" + file).then().statusCode(404);
        act(desheng, id, "withdraw", "\"3\"", Map.of("reason", "再撤")).then().statusCode(409);
        act(desheng, id, "corrections", "\"3\"", correction).then().statusCode(409);
    }

    @Test
    void theNewestPublishedComesFirstAndPagesRunOnByCursor() {
        String first = publish(desheng, notice("第一份"));
        String second = publish(desheng, notice("第二份"));
        Response page = given().queryParam("streetCode", "desheng").queryParam("kind", "notice").queryParam("limit", 1)
                .when().get(PUBLIC);
        page.then().statusCode(200).body("items[0].id", equalTo(second));
        given().queryParam("streetCode", "desheng").queryParam("kind", "notice").queryParam("limit", 1)
                .queryParam("cursor", page.path("nextCursor").toString()).when().get(PUBLIC)
                .then().statusCode(200).body("items[0].id", equalTo(first));
        given().queryParam("districtCode", "xicheng").queryParam("kind", "notice").when().get(PUBLIC)
                .then().statusCode(200).body("items.id", hasItem(first));
    }

    @Test
    void fundTotalsMustAddUpAndBelongToFundDocumentsOnly() {
        create(desheng, budget("100.00", "30.00", "60.00", List.of())).then().statusCode(422)
                .body("code", equalTo("DISCLOSURE_INVALID"))
                .body("errors[0].field", equalTo("fundTotals.balance"))
                .body("errors[0].code", equalTo("TOTALS_DO_NOT_ADD_UP"));
        Map<String, Object> noTotals = budget("1.00", "1.00", "0.00", List.of());
        noTotals.remove("fundTotals");
        create(desheng, noTotals).then().statusCode(422).body("errors[0].code", equalTo("REQUIRED_FOR_FUND_DOCUMENTS"));
        Map<String, Object> review = notice("评议");
        review.put("kind", "democratic_review");
        create(desheng, review).then().statusCode(422).body("errors[0].code", equalTo("PUBLISHED_BY_REVIEW"));
        Map<String, Object> foreignFile = notice("别人的附件");
        foreignFile.put("attachmentIds", List.of(upload(TestAccounts.officerToken(accounts.streetOfficer("desheng")))));
        create(desheng, foreignFile).then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_ATTACHMENT"));
        Map<String, Object> money = budget("100.00", "30.00", "70.00", List.of());
        ((Map<String, Object>) money.get("fundTotals")).put("income", 100);
        create(desheng, money).then().statusCode(400);
    }

    @Test
    void anOfficerWorksTheDocumentsOfTheirOwnUnionsOnly() {
        Map<String, Object> elsewhere = notice("金融街的通知");
        elsewhere.put("streetCode", "jinrongjie");
        create(desheng, elsewhere).then().statusCode(403).body("code", equalTo("DISCLOSURE_OUT_OF_REACH"));
        Map<String, Object> district = notice("区总工会的通知");
        district.remove("streetCode");
        district.put("districtCode", "xicheng");
        create(desheng, district).then().statusCode(403);

        String xicheng = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String draft = create(xicheng, district).then().statusCode(201).body("union.level", equalTo("district"))
                .extract().path("id");
        given().auth().oauth2(desheng).when().get(ADMIN + "/" + draft).then().statusCode(404);
        given().auth().oauth2(xicheng).when().get(ADMIN + "/" + draft).then().statusCode(200).header("ETag", "\"0\"");
        act(desheng, draft, "publish", "\"0\"", null).then().statusCode(404);
        String member = TestAccounts.newMember().accessToken();
        given().auth().oauth2(member).when().get(ADMIN + "/" + draft).then().statusCode(403);
    }

    @Test
    void everyOperationRefusesWhatItDoesNotKnowAndWhoItDoesNotServe() {
        String id = publish(desheng, notice("边界"));
        String member = TestAccounts.newMember().accessToken();
        UUID unknown = UUID.randomUUID();
        for (String action : List.of("publish", "withdraw", "corrections")) {
            given().auth().oauth2(desheng).contentType(ContentType.JSON).body("{}").queryParam("x", "1")
                    .when().post(ADMIN + "/" + id + "/" + action).then().statusCode(400);
            given().contentType(ContentType.JSON).body("{}").when().post(ADMIN + "/" + id + "/" + action)
                    .then().statusCode(401);
            given().auth().oauth2(member).contentType(ContentType.JSON).body("{}")
                    .when().post(ADMIN + "/" + id + "/" + action).then().statusCode(403);
            Object body = switch (action) {
                case "withdraw" -> Map.of("reason", "r");
                case "corrections" -> Map.of("title", "t", "body", "b", "changeNote", "n");
                default -> null;
            };
            act(desheng, unknown.toString(), action, "\"0\"", body).then().statusCode(404)
                    .body("code", equalTo("DISCLOSURE_NOT_FOUND"));
            if (body != null) {
                act(desheng, id, action, null, body).then().statusCode(428);
                act(desheng, id, action, "\"0\"", body).then().statusCode(412).header("ETag", "\"1\"");
            }
        }
        given().auth().oauth2(desheng).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("title", "t", "body", "b", "changeNote", "n", "fundTotals",
                        Map.of("income", "1.00", "expenditure", "1.00", "balance", "0.00")))
                .when().post(ADMIN + "/" + id + "/corrections").then().statusCode(422);
        given().auth().oauth2(desheng).contentType(ContentType.JSON).body(notice("x")).queryParam("x", "1")
                .when().post(ADMIN).then().statusCode(400);
        given().contentType(ContentType.JSON).body(notice("x")).when().post(ADMIN).then().statusCode(401);
        given().auth().oauth2(member).contentType(ContentType.JSON).body(notice("x")).when().post(ADMIN).then().statusCode(403);
        given().auth().oauth2(desheng).queryParam("x", "1").when().get(ADMIN + "/" + id).then().statusCode(400);
        given().when().get(ADMIN + "/" + id).then().statusCode(401);
        given().auth().oauth2(desheng).when().get(ADMIN + "/" + unknown).then().statusCode(404);
        given().auth().oauth2(desheng).multiPart("file", "a.pdf", PDF, "application/pdf").queryParam("x", "1")
                .when().post(ADMIN + "/attachments").then().statusCode(400);
        given().multiPart("file", "a.pdf", PDF, "application/pdf").when().post(ADMIN + "/attachments").then().statusCode(401);
        given().auth().oauth2(member).multiPart("file", "a.pdf", PDF, "application/pdf")
                .when().post(ADMIN + "/attachments").then().statusCode(403);
        given().auth().oauth2(desheng).multiPart("file", "a.txt", "just text".getBytes(), "application/pdf")
                .when().post(ADMIN + "/attachments").then().statusCode(415);
        given().auth().oauth2(desheng).multiPart("other", "a.pdf", PDF, "application/pdf")
                .when().post(ADMIN + "/attachments").then().statusCode(422);
        given().queryParam("x", "1").when().get(PUBLIC).then().statusCode(400);
        given().queryParam("x", "1").when().get(PUBLIC + "/" + id).then().statusCode(400);
        given().when().get(PUBLIC + "/" + unknown).then().statusCode(404);
        given().queryParam("x", "1").when().get(PUBLIC + "/" + id + "/attachments/" + unknown).then().statusCode(400);
        given().when().get(PUBLIC + "/" + id + "/attachments/" + unknown).then().statusCode(404);
    }

    static String upload(String token) {
        return given().auth().oauth2(token).multiPart("file", "预算.pdf", PDF, "application/pdf")
                .when().post(ADMIN + "/attachments").then().statusCode(201).extract().path("id");
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(ADMIN);
    }

    static String publish(String token, Map<String, Object> body) {
        String id = create(token, body).then().statusCode(201).extract().path("id");
        act(token, id, "publish", "\"0\"", null).then().statusCode(200);
        return id;
    }

    static Response act(String token, String id, String action, String ifMatch, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().post(ADMIN + "/" + id + "/" + action);
    }

    static Map<String, Object> budget(String income, String expenditure, String balance, List<String> files) {
        Map<String, Object> body = notice("德胜街道工会2026年经费预算");
        body.put("kind", "fund_budget");
        body.put("attachmentIds", files);
        body.put("fundTotals", new HashMap<>(Map.of("income", income, "expenditure", expenditure, "balance", balance)));
        return body;
    }

    static Map<String, Object> notice(String title) {
        return new HashMap<>(Map.of("kind", "notice", "title", title, "year", 2026, "body", "正文\n第二段",
                "streetCode", "desheng"));
    }
}
