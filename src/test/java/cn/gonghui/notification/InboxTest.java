package cn.gonghui.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A member reads their messages, newest first, and marks them read. */
@QuarkusTest
class InboxTest {

    @Test
    void messagesArriveUnreadAndAreMarkedReadOnce() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        TestApplications.join(member, "desheng");
        JsonPath inbox = given().auth().oauth2(member.accessToken()).queryParam("unread", true)
                .when().get("/api/v1/me/messages").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].event", equalTo("submitted"))
                .body("items[0].title", equalTo("申请入会：已提交"))
                .extract().jsonPath();
        String id = inbox.getString("items[0].id");

        String firstRead = given().auth().oauth2(member.accessToken()).when().post("/api/v1/me/messages/" + id + "/read")
                .then().statusCode(200).body("readAt", notNullValue()).extract().path("readAt");
        given().auth().oauth2(member.accessToken()).when().post("/api/v1/me/messages/" + id + "/read")
                .then().statusCode(200).body("readAt", equalTo(firstRead));
        given().auth().oauth2(member.accessToken()).queryParam("unread", true).when().get("/api/v1/me/messages")
                .then().body("items", hasSize(0));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/messages")
                .then().body("items.readAt", everyItem(notNullValue()));
    }

    @Test
    void anotherMembersMessageIsNotFound() {
        TestAccounts.SignedIn owner = TestApplications.identifiedMember("desheng");
        TestApplications.join(owner, "desheng");
        String id = given().auth().oauth2(owner.accessToken()).when().get("/api/v1/me/messages")
                .then().extract().path("items[0].id");
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().post("/api/v1/me/messages/" + id + "/read")
                .then().statusCode(404).body("code", equalTo("MESSAGE_NOT_FOUND"));
    }
}
