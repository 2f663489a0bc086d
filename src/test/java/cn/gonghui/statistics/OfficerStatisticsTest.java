package cn.gonghui.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.platform.id.Ids;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers' statistics: within their streets only, grouped as asked, as JSON, CSV or XLSX. */
@QuarkusTest
class OfficerStatisticsTest {

    static final String APPLICATIONS = "/api/v1/admin/statistics/applications";
    static final String MEMBERS = "/api/v1/admin/statistics/members";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RatedApplications rated;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager entityManager;

    String district;

    @BeforeEach
    void applicationsOfFebruary2024() {
        district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
    }

    @Test
    void aDistrictOfficerSeesTheDistrictByStreetAStreetOfficerTheirStreetAnotherDistrictNothing() {
        UUID member = TestAccounts.newMember().memberId();
        LocalDate day = LocalDate.of(2024, 2, 5);
        rated.rated(member, "desheng", "legal-aid", day, 2, 5, 5);
        rated.rated(member, "desheng", "legal-aid", day, 8, 5, 3);
        rated.application(member, "desheng", "legal-aid", day.atStartOfDay(RatedApplications.BEIJING).toInstant(), null,
                day.plusDays(5), "accepted");
        rated.rated(member, "jinrongjie", "membership.join", day, 1, 5, 4);

        applications(district, "street").then().statusCode(200)
                .body("groupBy", equalTo("street"))
                .body("items.key", contains("desheng", "jinrongjie"))
                .body("items[0].label", equalTo("德胜"))
                .body("items[0].received", equalTo(3)).body("items[0].finished", equalTo(2))
                .body("items[0].open", equalTo(1)).body("items[0].overdue", equalTo(1))
                .body("items[0].onTimeShare", equalTo("0.50"))
                .body("items[0].medianHandlingDays", equalTo(5.0f))
                .body("items[0].ratings", equalTo(2)).body("items[0].averageRating", equalTo("4.00"))
                .body("items[1].received", equalTo(1));
        applications(district, "status").then().statusCode(200)
                .body("items.key", contains("accepted", "completed"));

        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        applications(desheng, "service").then().statusCode(200)
                .body("items.key", contains("legal-aid")).body("items[0].received", equalTo(3));

        String elsewhere = TestAccounts.officerToken(accounts.officer("district_officer", otherDistrict()));
        applications(elsewhere, "street").then().statusCode(200).body("items", hasSize(0));
        members(elsewhere).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theSameFiguresComeAsCsvAndAsASpreadsheet() throws Exception {
        UUID member = TestAccounts.newMember().memberId();
        LocalDate day = LocalDate.of(2024, 1, 20);
        rated.rated(member, "xichanganjie", "card.apply", day, 3, 5, 5);

        Response csv = given().auth().oauth2(district).accept("text/csv")
                .queryParam("from", "2024-01-20").queryParam("to", "2024-01-20").queryParam("groupBy", "month")
                .when().get(APPLICATIONS);
        csv.then().statusCode(200).contentType("text/csv");
        List<String> lines = csv.asString().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("key,label,received,finished,open,overdue,onTimeShare,medianHandlingDays,"
                + "p90HandlingDays,ratings,averageRating");
        assertThat(lines.subList(1, lines.size())).containsExactly("2024-01,2024-01,1,1,0,0,1.00,3.0,3.0,1,5.00");

        byte[] sheet = given().auth().oauth2(district).accept(XLSX)
                .queryParam("from", "2024-01-20").queryParam("to", "2024-01-20")
                .when().get(APPLICATIONS).then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("key");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("xichanganjie");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("西长安街");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
        }
    }

    @Test
    void joinsAndTransfersCountForTheStreetsTheyLeftAndReached() {
        UUID member = TestAccounts.newMember().memberId();
        UUID membership = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at, updated_at)
                    SELECT :id, :member, :number, 'active', '金融街工会', s.id, DATE '2024-03-01', :now, :now
                      FROM streets s WHERE s.code = 'jinrongjie'""")
                    .setParameter("id", membership).setParameter("member", member)
                    .setParameter("number", "T" + membership.toString().substring(24)).setParameter("now", TestClock.current())
                    .executeUpdate();
            for (String[] step : new String[][] {{"joined", "guanganmennei", "2024-03-04T10:00:00+08:00"},
                    {"transferred", "jinrongjie", "2024-03-20T10:00:00+08:00"}}) {
                entityManager.createNativeQuery("""
                        INSERT INTO membership_history (id, membership_id, at, event, street_id, union_name)
                        SELECT :id, :membership, CAST(:at AS timestamptz), :event, s.id, '工会' FROM streets s WHERE s.code = :street""")
                        .setParameter("id", Ids.newId()).setParameter("membership", membership)
                        .setParameter("at", step[2]).setParameter("event", step[0]).setParameter("street", step[1])
                        .executeUpdate();
            }
        });
        Response byStreet = given().auth().oauth2(district).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .when().get(MEMBERS);
        byStreet.then().statusCode(200).body("groupBy", equalTo("street"));
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'guanganmennei' }.joined")).isEqualTo(1);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'guanganmennei' }.transferredOut")).isEqualTo(1);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'jinrongjie' }.transferredIn")).isEqualTo(1);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'jinrongjie' }.active")).isGreaterThanOrEqualTo(1);

        given().auth().oauth2(district).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .queryParam("groupBy", "month").when().get(MEMBERS)
                .then().statusCode(200).body("items.key", contains("2024-03"))
                .body("items[0].joined", equalTo(1)).body("items[0].transferredIn", equalTo(1))
                .body("items[0].active", equalTo(null));
    }

    @Test
    void activityRegistrationsAndCheckInsCountForTheActivitysStreetOrTheRegistrantsUnionInEveryFormat() throws Exception {
        UUID officer = accounts.officerId(accounts.streetOfficer("desheng"));
        UUID streetActivity = activity(officer, "desheng", "2024-05-10T09:00:00+08:00", "published");
        registration(streetActivity, "checked_in");
        registration(streetActivity, "no_show");
        registration(streetActivity, "confirmed");
        registration(streetActivity, "waitlisted");
        registration(streetActivity, "withdrawn");
        UUID districtWide = activity(officer, null, "2024-05-20T09:00:00+08:00", "published");
        UUID jinrongjieMember = registration(districtWide, "checked_in");
        activeMembership(jinrongjieMember, "jinrongjie");
        registration(districtWide, "checked_in"); // not a member: no street to count her for
        registration(activity(officer, "desheng", "2024-05-12T09:00:00+08:00", "cancelled"), "cancelled");
        registration(activity(officer, "desheng", "2024-06-01T09:00:00+08:00", "published"), "checked_in");

        Response byStreet = given().auth().oauth2(district).queryParam("from", "2024-05-01").queryParam("to", "2024-05-31")
                .when().get(MEMBERS);
        byStreet.then().statusCode(200);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'desheng' }.activityRegistered")).isEqualTo(3);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'desheng' }.activityAttended")).isEqualTo(1);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'jinrongjie' }.activityRegistered")).isEqualTo(1);
        assertThat(byStreet.jsonPath().getInt("items.find { it.key == 'jinrongjie' }.activityAttended")).isEqualTo(1);
        given().auth().oauth2(district).queryParam("from", "2024-05-01").queryParam("to", "2024-05-31")
                .queryParam("groupBy", "month").when().get(MEMBERS).then().statusCode(200)
                .body("items.key", contains("2024-05"))
                .body("items[0].activityRegistered", equalTo(4)).body("items[0].activityAttended", equalTo(2));
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(desheng).queryParam("from", "2024-05-01").queryParam("to", "2024-05-31").when().get(MEMBERS)
                .then().statusCode(200).body("items.key", contains("desheng"))
                .body("items[0].activityRegistered", equalTo(3));

        List<String> lines = given().auth().oauth2(district).accept("text/csv").queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-31").queryParam("groupBy", "month").when().get(MEMBERS)
                .then().statusCode(200).contentType("text/csv").extract().asString().replace("\uFEFF", "").lines().toList();
        assertThat(lines).containsExactly("key,label,joined,transferredIn,transferredOut,active,activityRegistered,"
                + "activityAttended", "2024-05,2024-05,0,0,0,,4,2");

        byte[] sheet = given().auth().oauth2(district).accept(XLSX).queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-31").when().get(MEMBERS).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(6)).isEqualTo("activityRegistered");
            assertThat(rows.get(0).getCellText(7)).isEqualTo("activityAttended");
            Row deshengRow = rows.stream().filter(row -> "desheng".equals(row.getCellText(0))).findFirst().orElseThrow();
            assertThat(deshengRow.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("3");
            assertThat(deshengRow.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("1");
        }
    }

    @Test
    void onlyOfficersReadStatisticsAndEveryParameterIsChecked() {
        String member = TestAccounts.newMember().accessToken();
        for (String path : List.of(APPLICATIONS, MEMBERS)) {
            given().when().get(path).then().statusCode(401);
            given().auth().oauth2(member).when().get(path).then().statusCode(403);
            given().auth().oauth2(district).queryParam("groupBy", "officer").when().get(path).then().statusCode(400);
            given().auth().oauth2(district).queryParam("from", "2024-03-02").queryParam("to", "2024-03-01")
                    .when().get(path).then().statusCode(400).body("errors[0].code", equalTo("BEFORE_FROM"));
            // a date no statistic can hold is refused before any query (the contract fuzz found a 500 here)
            given().auth().oauth2(district).queryParam("to", "+999999999-12-31").when().get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("DATE_TOO_FAR"));
            given().auth().oauth2(district).queryParam("from", "1899-12-31").when().get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("DATE_TOO_EARLY"));
        }
    }

    private UUID activity(UUID officer, String streetCode, String startsAt, String status) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO activities (id, title, description, district_id, street_id, place, starts_at, ends_at,
                                        sign_up_opens_at, sign_up_closes_at, cancel_until, capacity, waitlist_capacity,
                                        members_only, per_member_limit, status, created_by, created_at, updated_at,
                                        cancelled_at)
                SELECT :id, '职工运动会', '说明', d.id, (SELECT s.id FROM streets s WHERE s.code = :street), '体育馆',
                       CAST(:starts AS timestamptz), CAST(:starts AS timestamptz) + interval '2 hours',
                       CAST(:starts AS timestamptz) - interval '10 days', CAST(:starts AS timestamptz) - interval '1 day',
                       CAST(:starts AS timestamptz) - interval '1 day', 100, 10, false, 1, :status, :officer, :now, :now,
                       CASE WHEN :status = 'cancelled' THEN CAST(:now AS timestamptz) END
                  FROM districts d WHERE d.code = 'xicheng'""")
                .setParameter("id", id).setParameter("street", streetCode).setParameter("starts", startsAt)
                .setParameter("status", status).setParameter("officer", officer).setParameter("now", TestClock.current())
                .executeUpdate());
        return id;
    }

    /** A new member's registration of the activity in the status; answers the member. */
    private UUID registration(UUID activity, String status) {
        UUID member = TestAccounts.newMember().memberId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO activity_registrations (id, activity_id, member_id, places, status, waitlist_seq, registered_at,
                                                    checked_in_at, updated_at)
                VALUES (:id, :activity, :member, 1, :status, CASE WHEN :status = 'waitlisted' THEN 1 END, :now,
                        CASE WHEN :status = 'checked_in' THEN CAST(:now AS timestamptz) END, :now)""")
                .setParameter("id", Ids.newId()).setParameter("activity", activity).setParameter("member", member)
                .setParameter("status", status).setParameter("now", TestClock.current()).executeUpdate());
        return member;
    }

    private void activeMembership(UUID member, String streetCode) {
        UUID membership = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO memberships (id, member_id, number, status, union_name, street_id, since, created_at, updated_at)
                SELECT :id, :member, :number, 'active', '工会', s.id, DATE '2024-01-01', :now, :now
                  FROM streets s WHERE s.code = :street""")
                .setParameter("id", membership).setParameter("member", member).setParameter("street", streetCode)
                .setParameter("number", "T" + membership.toString().substring(24)).setParameter("now", TestClock.current())
                .executeUpdate());
    }

    private String otherDistrict() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO districts (id, code, name, number_prefix) VALUES (:id, 'shunyi', '顺义区', 'SY')
                ON CONFLICT (code) DO NOTHING""").setParameter("id", Ids.newId()).executeUpdate());
        return "shunyi";
    }

    private static Response applications(String token, String groupBy) {
        return given().auth().oauth2(token).queryParam("from", "2024-02-01").queryParam("to", "2024-02-29")
                .queryParam("groupBy", groupBy).when().get(APPLICATIONS);
    }

    private static Response members(String token) {
        return given().auth().oauth2(token).queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .when().get(MEMBERS);
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }
}
