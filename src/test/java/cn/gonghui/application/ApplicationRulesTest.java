package cn.gonghui.application;

import static cn.gonghui.testing.TestApplications.act;
import static cn.gonghui.testing.TestApplications.apply;
import static cn.gonghui.testing.TestApplications.identifiedMember;
import static cn.gonghui.testing.TestApplications.join;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every way an application can be wrong gets its precise problem, and nothing is half-written. */
@QuarkusTest
class ApplicationRulesTest {

    @Inject
    TestAccounts accounts;

    @Test
    void anUnknownServiceOrStreetIsNamed() {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        apply(member, "{\"serviceCode\": \"membership.nope\", \"streetCode\": \"desheng\", \"form\": {}}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("APPLICATION_INVALID")).body("errors[0].field", equalTo("serviceCode"));
        apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"atlantis\", \"form\": {}}")
                .then().statusCode(422).body("errors[0].field", equalTo("streetCode"));
    }

    @Test
    void formValuesOutsideTheDefinitionAreReportedFieldByField() {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", \"form\": "
                + "{\"occupation\": \"astronaut\", \"shoeSize\": 42, \"employerName\": 7}}")
                .then().statusCode(422).body("code", equalTo("FORM_INVALID"))
                .body("errors.field", containsInAnyOrder("form.occupation", "form.shoeSize", "form.employerName"))
                .body("errors.find { it.field == 'form.occupation' }.code", equalTo("NOT_ALLOWED"))
                .body("errors.find { it.field == 'form.shoeSize' }.code", equalTo("UNKNOWN_ATTRIBUTE"))
                .body("errors.find { it.field == 'form.employerName' }.code", equalTo("WRONG_TYPE"));
        apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", \"form\": "
                + "{\"employerName\": \"北京某某科技有限公司\", \"creditCode\": \"91350100M000100Y44\"}}")
                .then().statusCode(422).body("errors[0].field", equalTo("form.creditCode"))
                .body("errors[0].code", equalTo("CREDIT_CODE_CHECKSUM"));
        apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", \"form\": {}}")
                .then().statusCode(422).body("errors[0].code", equalTo("EMPLOYER_OR_OCCUPATION_REQUIRED"));
        assertThat(Application.count("memberId", member.memberId())).isZero();
    }

    @Test
    void joiningNeedsAnIdentityAnAgeOfSixteenAndNoMembershipYet() {
        TestAccounts.SignedIn anonymous = TestAccounts.newMemberOf("desheng");
        TestApplications.consent(anonymous, "membership");
        apply(anonymous, joinBody()).then().statusCode(422).body("code", equalTo("IDENTITY_REQUIRED"));

        TestAccounts.SignedIn teenager = TestAccounts.newMemberOf("desheng");
        TestApplications.consent(teenager, "membership");
        given().auth().oauth2(teenager.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"小明\", \"idNumber\": \"" + IdNumbers.bornOn("20150101") + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        apply(teenager, joinBody()).then().statusCode(422).body("code", equalTo("TOO_YOUNG_TO_JOIN"));
    }

    @Test
    void oneOpenJoinApplicationAtATimeEvenWhenSubmittedTogether() throws Exception {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<Response>) () -> apply(member, joinBody())));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 422) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("APPLICATION_ALREADY_OPEN");
                }
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Application.count("memberId", member.memberId())).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyDoesNotSubmitTwice() {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        String first = given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "join-retry").body(joinBody())
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("summary.id");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "join-retry").body(joinBody())
                .when().post("/api/v1/applications").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("summary.id", equalTo(first));
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "join-retry")
                .body("{\"serviceCode\": \"membership.join\", \"streetCode\": \"yuetan\", \"form\": {\"occupation\": \"courier\"}}")
                .when().post("/api/v1/applications").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(Application.count("memberId", member.memberId())).isEqualTo(1);
    }

    @Test
    void actionsOutOfOrderAndStaleOrMissingVersionsAreRefused() {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        String id = join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        act(officer, id, "approve", "{}").then().statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED"))
                .body("allowedActions", equalTo(List.of("accept", "reject", "assign")));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/admin/applications/" + id + "/actions/accept")
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"999\"").body("{}")
                .when().post("/api/v1/admin/applications/" + id + "/actions/accept")
                .then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        act(officer, id, "reject", "{}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(officer, id, "fly-to-the-moon", "{}").then().statusCode(404).body("code", equalTo("ACTION_NOT_FOUND"));
    }

    @Test
    void twoOfficersOnTheSameVersionOneWins() throws Exception {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        String id = join(member, "desheng");
        String first = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String second = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String etag = TestApplications.etag(first, "/api/v1/admin/applications/" + id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> accept = pool.submit(() -> given().auth().oauth2(first).contentType(ContentType.JSON)
                    .header("If-Match", etag).body("{}").post("/api/v1/admin/applications/" + id + "/actions/accept"));
            Future<Response> reject = pool.submit(() -> given().auth().oauth2(second).contentType(ContentType.JSON)
                    .header("If-Match", etag).body("{\"reason\": \"材料不全\"}")
                    .post("/api/v1/admin/applications/" + id + "/actions/reject"));
            assertThat(List.of(accept.get().statusCode(), reject.get().statusCode())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ApplicationEvent.count("application.id = ?1 and action in ('accept', 'reject')",
                java.util.UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void requestInfoThenSupplementReturnsToAccepted() {
        TestAccounts.SignedIn member = identifiedMember("desheng");
        String id = join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        act(officer, id, "accept", "{}").then().statusCode(200);
        act(officer, id, "request-info", "{\"reason\": \"请写明工作单位\"}").then().statusCode(200)
                .body("summary.status", equalTo("needs_info"));
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"note\": \"已补充单位\", \"form\": {\"employerName\": \"北京某某科技有限公司\", "
                        + "\"creditCode\": \"" + TestApplications.VALID_CREDIT_CODE + "\", \"occupation\": null}}")
                .when().post("/api/v1/applications/" + id + "/supplements")
                .then().statusCode(200)
                .body("summary.status", equalTo("accepted"))
                .body("form.employerName", equalTo("北京某某科技有限公司"))
                .body("form.occupation", equalTo(null))
                .body("history.reason", hasItem("已补充单位"));
    }

    @Test
    void someoneElsesDocumentsCannotBeNamed() {
        TestAccounts.SignedIn owner = TestAccounts.newMember();
        String attachment = given().auth().oauth2(owner.accessToken())
                .multiPart("file", "evidence.pdf", "%PDF-1.4 test".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        TestAccounts.SignedIn other = identifiedMember("desheng");
        apply(other, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
                + "\"form\": {\"occupation\": \"courier\"}, \"attachmentIds\": [\"" + attachment + "\"]}")
                .then().statusCode(422).body("errors[0].field", equalTo("attachmentIds[0]"))
                .body("errors[0].code", equalTo("UNKNOWN_ATTACHMENT"));
    }

    private static String joinBody() {
        return "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", \"form\": {\"occupation\": \"courier\"}}";
    }
}
