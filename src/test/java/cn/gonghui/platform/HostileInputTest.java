package cn.gonghui.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.RawHttp;
import cn.gonghui.testing.RawHttp.Answer;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestAccounts.SignedIn;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or careless caller sends — control characters, broken encodings, a body cut
 * short, headers that say nothing — gets a precise problem+json naming what was wrong, never a
 * 500, never an empty body, and nothing of it reaches the database or a partner unencoded.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestAccounts accounts;

    @Test
    void aWeChatCodeOutsideWeChatsAlphabetIsRefusedBeforeItReachesWeChat() {
        for (String code : new String[] {"5nt+L>", "<>", "%", "dev-usera&x=1", "dev-usera#frag", "dev user", "dev-\u0000"}) {
            for (String endpoint : new String[] {"/api/v1/auth/wechat/session", "/api/v1/auth/wechat/phone"}) {
                var call = given().contentType(ContentType.JSON).body(Map.of("code", code));
                if (endpoint.endsWith("phone")) {
                    call = call.auth().oauth2(TestAccounts.newMember().accessToken());
                }
                call.when().post(endpoint)
                        .then().statusCode(400).contentType(PROBLEM)
                        .body("errors[0].field", equalTo("code"));
            }
        }
    }

    @Test
    void aNulCharacterInAnyTextIsA400NamingTheField() {
        SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"nickname\": \"小\\u0000王\"}")
                .when().patch("/api/v1/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("nickname")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));

        given().contentType(ContentType.JSON).body("{\"username\": \"desheng\\u0000\", \"password\": \"x\"}")
                .when().post("/api/v1/auth/officer/session")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("username"));

        SignedIn applicant = TestApplications.identifiedMember("desheng");
        TestApplications.apply(applicant, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
                        + "\"form\": {\"occupation\": \"courier\", \"reason\": \"想\\u0000入会\"}}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("form.reason")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));

        String id = TestApplications.join(applicant, "desheng");
        given().auth().oauth2(applicant.accessToken()).contentType(ContentType.JSON).body("{\"reason\": \"不\\u0000办了\"}")
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("reason"));

        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\": \"电话\\u0000回访\"}")
                .when().post("/api/v1/admin/applications/" + id + "/notes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("text"));

        given().auth().oauth2(officer).queryParam("q", "\u0000")
                .when().get("/api/v1/admin/applications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_QUERY_PARAMETER"))
                .body("errors[0].field", equalTo("q")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));

        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "a\u0000b").formParam("client_secret", "x")
                .when().post("/api/v1/oauth/token")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_request"));
        // nothing of it was written: the application is still as it was submitted
        given().auth().oauth2(applicant.accessToken()).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("summary.status", equalTo("submitted"));
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBeingStoredAsAQuestionMark() {
        SignedIn member = TestAccounts.newMember();
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body("{\"nickname\": \"小\\ud800王\"}")
                .when().patch("/api/v1/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("nickname")).body("errors[0].code", equalTo("INVALID_UNICODE"));
    }

    @Test
    void aMultiLineTextKeepsItsLineBreaksButASingleLineDoesNot() {
        SignedIn applicant = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(applicant, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\": \"第一行\\n\\t第二行\"}")
                .when().post("/api/v1/admin/applications/" + id + "/notes")
                .then().statusCode(201);
        given().auth().oauth2(applicant.accessToken()).contentType(ContentType.JSON).body("{\"nickname\": \"小\\n王\"}")
                .when().patch("/api/v1/me")
                .then().statusCode(400).body("errors[0].field", equalTo("nickname"));
    }

    @Test
    void aBrokenPercentEncodingInAFormIsA400() {
        for (String form : new String[] {"grant_type=client_credentials&client_id=%zz&client_secret=x",
                "grant_type=client_credentials&client_id=a&client_secret=%zz"}) {
            Answer answer = RawHttp.send("POST /api/v1/oauth/token HTTP/1.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded", form);
            // the token endpoint answers in RFC 6749's words, as for every other refusal of it
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getString("error")).isEqualTo("invalid_request");
        }
    }

    @Test
    void aBodyWithAnEmptyOrMissingContentTypeIs415() {
        for (String contentType : new String[] {"\r\nContent-Type:", "\r\nContent-Type: ", ""}) {
            for (String endpoint : new String[] {"/api/v1/auth/wechat/session", "/api/v1/auth/officer/session"}) {
                Answer answer = RawHttp.send("POST " + endpoint + " HTTP/1.1" + contentType, "{\"code\": \"dev-alice\"}");
                assertProblem(answer, 415);
            }
        }
    }

    @Test
    void aBrokenContentTypeOnARequestWithoutABodyIsIgnored() {
        Answer answer = RawHttp.get("/api/v1/streets", "Content-Type:");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(JsonPath.from(answer.body()).getList("items")).isNotEmpty();
    }

    @Test
    void aBodyOfAnotherTypeIs415() {
        SignedIn applicant = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(applicant, "desheng");
        given().auth().oauth2(applicant.accessToken()).contentType(ContentType.TEXT).body("补充材料")
                .when().post("/api/v1/applications/" + id + "/supplements")
                .then().statusCode(415).contentType(PROBLEM).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anAcceptTheOperationDoesNotServeIs406() {
        String member = TestAccounts.newMember().accessToken();
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String someId = "01a20144-0000-7000-8000-000000000000";
        Map<String, String[]> calls = Map.of(
                "DELETE /api/v1/me/consents/membership", new String[] {member, null},
                "PUT /api/v1/me/consents/membership", new String[] {member, "{\"policyVersion\": \"2026-11\"}"},
                "PATCH /api/v1/me", new String[] {member, "{\"nickname\": \"小王\"}"},
                "POST /api/v1/applications", new String[] {member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\"}"},
                "GET /api/v1/admin/stations", new String[] {admin, null},
                "POST /api/v1/admin/members/lookup", new String[] {officer, "{\"phone\": \"13800000000\"}"},
                "POST /api/v1/admin/applications/" + someId + "/actions/accept", new String[] {officer, "{}"});
        calls.forEach((call, callerAndBody) -> {
            String[] methodAndPath = call.split(" ", 2);
            var request = given().auth().oauth2(callerAndBody[0]).accept("image/png");
            if (callerAndBody[1] != null) {
                request = request.contentType(ContentType.JSON).body(callerAndBody[1]);
            }
            request.when().request(methodAndPath[0], methodAndPath[1])
                    .then().statusCode(406).contentType(PROBLEM).body("code", equalTo("NOT_ACCEPTABLE"));
        });
    }

    @Test
    void aMultipartBodyCutShortIsA400() {
        SignedIn member = TestAccounts.newMember();
        String boundary = "----gonghui";
        String cut = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 and then noth";
        byte[] bytes = RawHttp.utf8(cut);
        Answer answer = RawHttp.send("POST /api/v1/attachments HTTP/1.1\r\nAuthorization: Bearer " + member.accessToken()
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + bytes.length, bytes);
        assertProblem(answer, 400);
    }

    @Test
    void aUriTooLongIsAProblemToo() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        Answer answer = RawHttp.get("/api/v1/admin/applications?cursor=" + "a".repeat(10_000),
                "Authorization: Bearer " + officer);
        assertProblem(answer, 414);
        assertThat(JsonPath.from(answer.body()).getString("code")).isEqualTo("URI_TOO_LONG");
    }

    @Test
    void aPathWithBracesIsAMalformedUriProblem() {
        SignedIn member = TestAccounts.newMember();
        Answer answer = RawHttp.get("/api/v1/applications/{01a2b3c4-0000-7000-8000-000000000000}",
                "Authorization: Bearer " + member.accessToken());
        assertProblem(answer, 400);
        assertThat(JsonPath.from(answer.body()).getString("code")).isEqualTo("MALFORMED_URI");
        assertProblem(RawHttp.get("/api/v1/stations?streetCode=%zz"), 400);
        assertProblem(RawHttp.get("/api/v1/stations/%E4%B8"), 400);
    }

    @Test
    void headersLargerThanWeReadAreAProblem() {
        assertProblem(RawHttp.get("/api/v1/streets", "X-Padding: " + "p".repeat(20_000)), 431);
    }

    @Test
    void aBlankLimitOrSearchIsA400NotAbsent() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        for (String query : new String[] {"q=", "limit=", "q=%20%20"}) {
            given().auth().oauth2(officer).urlEncodingEnabled(false)
                    .when().get("/api/v1/admin/applications?" + query)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
        }
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM);
        JsonPath body = JsonPath.from(answer.body());
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("code")).matches("[A-Z][A-Z_]+");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
