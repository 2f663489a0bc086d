package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.register;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A member's registrations are their data: in their export, and given up when they are erased. */
@QuarkusTest
class ActivityPersonalDataTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ActivityFixtures fixtures;

    @Inject
    ErasureJob erasure;

    @Test
    void theExportHoldsEveryRegistrationAndAnErasureHandsThePlaceOn() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String film = published(officer, request("desheng", ActivityFixtures.freshDay(), 1, 1));
        TestAccounts.SignedIn leaving = TestAccounts.newMember();
        TestAccounts.SignedIn next = TestAccounts.newMember();
        String held = register(leaving, film).then().statusCode(201).extract().path("id");
        register(next, film).then().statusCode(201).body("status", equalTo("waitlisted"));

        given().auth().oauth2(leaving.accessToken()).when().get("/api/v1/me/data-export").then().statusCode(200)
                .body("activities.id", contains(held)).body("activities[0].activityTitle", equalTo("职工观影：《长津湖》"))
                .body("activities[0].status", equalTo("confirmed"));

        given().auth().oauth2(leaving.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();

        assertThat(fixtures.registrations(film, "withdrawn")).isEqualTo(1);
        assertThat(fixtures.registrations(film, "confirmed")).isEqualTo(1);
        assertThat(fixtures.counters(film)).containsExactly(1, 0);
        assertThat(fixtures.inboxEvents(next.memberId())).containsExactly("activity_promoted");
    }
}
