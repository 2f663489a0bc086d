package cn.gonghui.hardship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file is re-checked yearly: thirty days before its last day its member is reminded, once,
 * however often the daily job runs; the day after, it has expired and its programmes are closed.
 */
@QuarkusTest
class HardshipRecheckTest {

    @Inject
    TestAccounts accounts;

    @Inject
    HardshipRecheck recheck;

    @Inject
    TestClock clock;

    @Inject
    LivingSubsidies disbursements;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theMemberIsRemindedOnceBeforeTheFileEndsAndItExpiresAfter() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        HardshipFixtures.approvedFile(worker, deshengOfficer, districtOfficer);
        String subsidy = HardshipFixtures.applyOffer(worker, HardshipFixtures.offerOf(worker, "hardship.living-subsidy"),
                java.util.UUID.randomUUID().toString(), "{}").then().statusCode(201).extract().path("summary.id");
        HardshipFixtures.approveProgramme(deshengOfficer, districtOfficer, subsidy, "{}").then().statusCode(200);
        LocalDate until = LocalDate.parse(given().auth().oauth2(worker.accessToken()).when()
                .get("/api/v1/me/hardship-file").then().statusCode(200).extract().path("validUntil"));

        // thirty-one days before the end: too early
        clock.advance(Duration.between(BeijingTime.today(clock).atStartOfDay(), until.minusDays(31).atStartOfDay()));
        recheck.run(BeijingTime.today(clock));
        assertThat(reminders(worker)).isZero();

        // thirty days before: reminded, and only once however often the job runs
        clock.advance(Duration.ofDays(1));
        recheck.run(BeijingTime.today(clock));
        recheck.run(BeijingTime.today(clock));
        assertThat(reminders(worker)).isEqualTo(1);
        given().auth().oauth2(worker.accessToken()).queryParam("limit", 100).when().get("/api/v1/me/messages").then()
                .body("items.find { it.event == 'hardship_recheck' }.body",
                        equalTo("您的困难职工档案（" + number(worker) + "）将于 " + until + " 到期，请及时申请复核。"));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then()
                .body("status", equalTo("active")).body("remindedAt", org.hamcrest.Matchers.notNullValue());
        // the file's application, left approved, is closed by the service, so the re-check can be applied for
        HardshipFixtures.applyForFile(worker).then().statusCode(201);

        // on its last day it is still active; the day after, it has expired
        clock.advance(Duration.ofDays(30));
        recheck.run(BeijingTime.today(clock));
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then()
                .body("status", equalTo("active"));
        clock.advance(Duration.ofDays(1));
        HardshipRecheck.Outcome outcome = recheck.run(BeijingTime.today(clock));
        assertThat(outcome.expired()).isPositive();
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then()
                .body("status", equalTo("expired"));
        // an expired file is paid no more
        disbursements.scheduleMonth(java.time.YearMonth.from(until.plusMonths(1)));
        assertThat(HardshipFixtures.disbursementsOfMember(worker.memberId())).hasSize(1);
        clock.reset();
        TestApplications.apply(worker, "{\"serviceCode\": \"hardship.living-subsidy\", \"streetCode\": \"desheng\", "
                + "\"form\": {}}").then().statusCode(422).body("code", equalTo("HARDSHIP_FILE_REQUIRED"));
    }

    @Test
    void theReChecksApprovalReplacesTheFileAndOffersAgain() {
        TestAccounts.SignedIn worker = HardshipFixtures.hardshipMember();
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String districtOfficer = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        String firstApplication = HardshipFixtures.approvedFile(worker, deshengOfficer, districtOfficer);
        // a file application still open (approved, not completed) cannot be applied for again
        HardshipFixtures.applyForFile(worker).then().statusCode(422).body("code", equalTo("APPLICATION_ALREADY_OPEN"));
        TestApplications.act(deshengOfficer, firstApplication, "complete", "{}").then().statusCode(200);
        String first = given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then()
                .extract().path("id");

        HardshipFixtures.approvedFile(worker, deshengOfficer, districtOfficer);
        String second = given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-file").then()
                .body("status", equalTo("active")).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            assertThat(HardshipFile.count("memberId = ?1 and status = 'active'", worker.memberId())).isEqualTo(1);
            assertThat(HardshipFile.<HardshipFile>findById(java.util.UUID.fromString(first)).status.code()).isEqualTo("expired");
        });
        given().auth().oauth2(worker.accessToken()).when().get("/api/v1/me/hardship-offers").then()
                .body("items.size()", equalTo(6));
    }

    private static long reminders(TestAccounts.SignedIn worker) {
        List<String> events = given().auth().oauth2(worker.accessToken()).queryParam("limit", 100)
                .when().get("/api/v1/me/messages").then().statusCode(200).extract().jsonPath().getList("items.event");
        return events.stream().filter("hardship_recheck"::equals).count();
    }

    private static String number(TestAccounts.SignedIn worker) {
        return given().auth().oauth2(worker.accessToken()).queryParam("limit", 100).when().get("/api/v1/me/applications")
                .then().statusCode(200).extract().path("items.find { it.serviceCode == 'hardship.file' }.number");
    }
}
