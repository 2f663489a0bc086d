package cn.gonghui.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Applications the way the clients make them, for tests that need one in some status. */
public final class TestApplications {

    public static final String VALID_CREDIT_CODE = "91350100M000100Y43";
    public static final String DESHENG_OUTDOOR_STATION = "01a20144-3af1-7ea3-9ce3-d9690a412c72";

    private TestApplications() {
    }

    /** A member of the given street with a recorded identity (born 1990), consenting to the membership purpose. */
    public static TestAccounts.SignedIn identifiedMember(String streetCode) {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf(streetCode);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"测试员\", \"idNumber\": \"" + IdNumbers.bornOn("19900101") + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        consent(member, "membership");
        return member;
    }

    /** The member agrees to the privacy policy in force for the purpose, as the mini-program does. */
    public static void consent(TestAccounts.SignedIn member, String purpose) {
        String version = given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/consents")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.purpose == '" + purpose + "' }.currentPolicyVersion");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"policyVersion\": \"" + version + "\"}")
                .when().put("/api/v1/me/consents/" + purpose).then().statusCode(200);
    }

    public static Response apply(TestAccounts.SignedIn member, String body) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications");
    }

    /** A join application in the street, as a gig worker; returns its id. */
    public static String join(TestAccounts.SignedIn member, String streetCode) {
        return apply(member, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"" + streetCode + "\", "
                + "\"form\": {\"occupation\": \"courier\"}}").then().statusCode(201).extract().path("summary.id");
    }

    public static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** An officer's action with the current ETag. */
    public static Response act(String officerToken, String id, String action, String body) {
        String etag = etag(officerToken, "/api/v1/admin/applications/" + id);
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/api/v1/admin/applications/" + id + "/actions/" + action);
    }

    /** Takes a join application to awaiting_appointment at the 德胜 outdoor workers' station. */
    public static void inviteToDesheng(String officerToken, String id) {
        act(officerToken, id, "accept", "{}").then().statusCode(200);
        act(officerToken, id, "invite-appointment", "{\"stationId\": \"" + DESHENG_OUTDOOR_STATION + "\"}")
                .then().statusCode(200);
    }

    /**
     * The last slot with a place left among the next 100 of the 德胜 station: for tests that book
     * many times, so the first slots stay free for the tests that take the first one.
     */
    public static String lateFreeDeshengSlot() {
        return given().queryParam("limit", 100)
                .when().get("/api/v1/stations/" + DESHENG_OUTDOOR_STATION + "/slots")
                .then().statusCode(200).extract().jsonPath().getString("items.findAll { it.remaining > 0 }[-1].id");
    }

    /** The first slot of the 德胜 station with a place left. */
    public static String freeDeshengSlot() {
        return given().when().get("/api/v1/stations/" + DESHENG_OUTDOOR_STATION + "/slots")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.remaining > 0 }.id");
    }
}
