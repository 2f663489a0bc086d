package cn.gonghui.mutualaid;

import static io.restassured.RestAssured.given;

import cn.gonghui.card.CardFixtures;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;

/** Mutual aid's common steps, through HTTP as the clients take them. */
final class MutualAidFixtures {

    private MutualAidFixtures() {
    }

    /** Today in Beijing by the test clock. */
    static LocalDate today() {
        return BeijingTime.dayOf(TestClock.current());
    }

    /** A fresh plan code. */
    static String newCode() {
        return "plan-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A plan of this year open for enrollment: ¥1,000 deductible, tertiary 60 %, secondary 70 %,
     * ¥20,000 a year, the waiting days given.
     */
    static String planBody(String code, int year, int waitingDays, String deductible) {
        return """
                {"code": "%s", "name": "测试互助保障", "year": %d,
                 "enrollmentOpensAt": "%s", "enrollmentClosesAt": "%s",
                 "coverageStartsOn": "%d-01-01", "coverageEndsOn": "%d-12-31",
                 "feePerMember": "60.00", "deductible": "%s",
                 "rates": [{"hospitalLevel": "tertiary", "rate": "0.60"}, {"hospitalLevel": "secondary", "rate": "0.70"}],
                 "annualCapPerMember": "20000.00", "waitingDays": %d}""".formatted(code, year,
                TestClock.current().minusSeconds(86_400), TestClock.current().plusSeconds(30 * 86_400L), year, year,
                deductible, waitingDays);
    }

    static Response createPlan(String districtOfficer, String body) {
        return given().auth().oauth2(districtOfficer).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/admin/mutual-aid/plans");
    }

    /** A plan of this year, in force, no waiting days; returns its code. */
    static String planInForce(String districtOfficer) {
        String code = newCode();
        createPlan(districtOfficer, planBody(code, today().getYear(), 0, "1000.00")).then().statusCode(201);
        return code;
    }

    /** An active member of the street (no employer), who consented to card and mutual-aid purposes. */
    static TestAccounts.SignedIn activeMember(CardFixtures cards, String streetCode) {
        TestAccounts.SignedIn member = cards.memberWithMembership(streetCode);
        TestApplications.consent(member, "mutual-aid");
        return member;
    }

    /** The member's card applied for and issued by the bank: active. */
    static void withActiveCard(TestAccounts.SignedIn member, String streetOfficer, String bank) {
        CardFixtures.activeCard(member, streetOfficer, bank, CardFixtures.newCardNumber());
    }

    static Response enroll(String officer, String planCode, UUID... members) {
        StringBuilder ids = new StringBuilder();
        for (UUID member : members) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(member).append('"');
        }
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"memberIds\": [" + ids + "]}")
                .when().post("/api/v1/admin/mutual-aid/plans/" + planCode + "/enrollments");
    }

    static String invoice(TestAccounts.SignedIn member) {
        return given().auth().oauth2(member.accessToken())
                .multiPart("file", "invoice.pdf", "%PDF-1.7 invoice".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    /** A claim for a stay in a tertiary hospital admitted and discharged on the days given. */
    static String claimBody(LocalDate admitted, LocalDate discharged, String selfPaid, String invoice) {
        return """
                {"serviceCode": "mutual-aid.claim", "streetCode": "desheng", "form": {
                  "admittedOn": "%s", "dischargedOn": "%s", "hospitalName": "北京大学人民医院",
                  "hospitalLevel": "tertiary", "totalCost": "20000.00", "insurancePaid": "5000.00",
                  "selfPaid": "%s"%s}}""".formatted(admitted, discharged, selfPaid,
                invoice == null ? "" : ", \"invoices\": [\"" + invoice + "\"]");
    }

    static Response fileClaim(TestAccounts.SignedIn member, String selfPaid) {
        return TestApplications.apply(member, claimBody(today(), today(), selfPaid, invoice(member)));
    }

    static Response claimView(String officer, String applicationId) {
        return given().auth().oauth2(officer).queryParam("reason", "核对住院发票")
                .when().get("/api/v1/admin/mutual-aid/claims/" + applicationId);
    }
}
