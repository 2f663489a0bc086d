package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.job;
import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.newPhone;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A street officer imports the union's roster: members with encrypted ID numbers and phones and
 * imported memberships in the street; refused rows reported and the rest imported; the same file
 * is the same job, the same person one member; another street sees nothing; a stopped job resumes.
 */
@QuarkusTest
class RosterImportTest {

    @Inject
    TestAccounts accounts;

    @Inject
    RosterImportWorker worker;

    @Inject
    EntityManager entityManager;

    @Inject
    TestClock clock;

    String desheng;

    @BeforeEach
    void anOfficerOfDeshengAndNoJobWaiting() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        drain();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTemplateDownloadsAndReadsBackWithItsHeader() throws Exception {
        byte[] template = given().auth().oauth2(desheng).when().get(Rosters.IMPORTS + "/template")
                .then().statusCode(200).contentType(RosterSheet.CONTENT_TYPE)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row header = rows.get(0);
            assertThat(List.of(header.getCellText(0), header.getCellText(1), header.getCellText(2), header.getCellText(3)))
                    .isEqualTo(Rosters.HEADER);
        }
    }

    @Test
    void aRosterBecomesMembersWithEncryptedIdentityAndImportedMembershipsInTheStreet() {
        String first = newIdNumber();
        String second = newIdNumber();
        String phone = newPhone();
        byte[] file = xlsx(List.of(List.of("王小明", first, phone, "北京快递有限公司"), Arrays.asList("李·娜", second, null, null)));

        String id = upload(desheng, "desheng", file).then().statusCode(202)
                .body("status", equalTo("queued")).body("rowsTotal", equalTo(2)).body("rowsProcessed", equalTo(0))
                .body("street.code", equalTo("desheng"))
                .extract().path("id");
        drain();

        job(desheng, id).then().statusCode(200)
                .body("status", equalTo("completed")).body("rowsProcessed", equalTo(2))
                .body("rowsCreated", equalTo(2)).body("rowsUpdated", equalTo(0)).body("rowsRejected", equalTo(0))
                .body("errors", hasSize(0));
        Object[] stored = member(first);
        assertThat(stored[0]).isEqualTo("王小明");
        assertThat((String) stored[1]).isNotNull().doesNotContain(first).doesNotContain(first.substring(6, 14));
        assertThat((String) stored[2]).isNotNull();
        assertThat((String) stored[3]).isNotNull().doesNotContain(phone);
        assertThat(stored[4]).as("no WeChat account yet").isNull();
        assertThat(stored[5]).isEqualTo("imported");
        assertThat(stored[6]).isEqualTo("desheng");
        assertThat(stored[7]).isEqualTo("北京快递有限公司");
        assertThat(member(second)[5]).isEqualTo("imported");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT count(*) FROM roster_imports WHERE id = CAST(:id AS uuid) AND file_cipher IS NULL")
                .setParameter("id", id).getSingleResult())).as("the file goes once imported").isEqualTo(1L);
    }

    @Test
    void refusedRowsAreReportedByRowColumnAndCodeAndTheOthersImported() {
        String good = newIdNumber();
        String alsoGood = newIdNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        byte[] file = xlsx(List.of(
                List.of("张三", good, newPhone()),
                List.of("李四", badCheck),
                Arrays.asList(null, newIdNumber(), newPhone()),
                List.of("王五", newIdNumber(), "12345"),
                List.of("赵六", alsoGood),
                List.of("钱七", newIdNumber(), newPhone(), "北京\n公司")));

        String id = upload(desheng, "desheng", file).then().statusCode(202).body("rowsTotal", equalTo(6))
                .extract().path("id");
        drain();

        given().auth().oauth2(desheng).header("Accept-Language", "en").when().get(Rosters.IMPORTS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("rowsCreated", equalTo(2)).body("rowsRejected", equalTo(4))
                .body("errors.row", contains(3, 4, 5, 7))
                .body("errors.column", contains("idNumber", "name", "phone", "employerName"))
                .body("errors.code", contains("ID_NUMBER_CHECKSUM", "REQUIRED", "PATTERN", "CONTROL_CHARACTER"))
                .body("errors[0].message", equalTo(en("field.ID_NUMBER_CHECKSUM")));
        assertThat(member(good)[5]).isEqualTo("imported");
        assertThat(member(alsoGood)[5]).isEqualTo("imported");
    }

    @Test
    void theSameFileTwiceIsTheSameJob() {
        byte[] file = xlsx(List.of(List.of("孙七", newIdNumber())));
        String first = upload(desheng, "desheng", file).then().statusCode(202).extract().path("id");
        drain();
        upload(desheng, "desheng", file).then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/member-imports/" + first))
                .body("id", equalTo(first)).body("status", equalTo("completed")).body("rowsCreated", equalTo(1));
    }

    @Test
    void theSameIdNumberTwiceIsOneMemberWhateverTheFile() {
        String idNumber = newIdNumber();
        String id = upload(desheng, "desheng", xlsx(List.of(List.of("周八", idNumber), List.of("周八", idNumber, newPhone()))))
                .then().statusCode(202).extract().path("id");
        drain();
        job(desheng, id).then().body("rowsCreated", equalTo(1)).body("rowsUpdated", equalTo(1));

        String again = upload(desheng, "desheng", xlsx(List.of(List.of("周八", idNumber, newPhone(), "新单位"))))
                .then().statusCode(202).extract().path("id");
        drain();
        job(desheng, again).then().body("rowsCreated", equalTo(0)).body("rowsUpdated", equalTo(1));
        assertThat(membersWith(idNumber)).isEqualTo(1L);
        assertThat(member(idNumber)[7]).isEqualTo("新单位");

        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        String elsewhere = upload(jinrongjie, "jinrongjie", xlsx(List.of(List.of("周八", idNumber))))
                .then().statusCode(202).extract().path("id");
        drain();
        job(jinrongjie, elsewhere).then().body("rowsRejected", equalTo(1))
                .body("errors[0].code", equalTo("MEMBER_OF_ANOTHER_STREET"));
        assertThat(membersWith(idNumber)).isEqualTo(1L);
    }

    @Test
    void anotherStreetsOfficerCanNeitherImportIntoTheStreetNorSeeItsJob() {
        String id = upload(desheng, "desheng", xlsx(List.of(List.of("吴九", newIdNumber())))).then().statusCode(202)
                .extract().path("id");
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));

        upload(jinrongjie, "desheng", xlsx(List.of(List.of("郑十", newIdNumber())))).then().statusCode(404)
                .body("code", equalTo("STREET_NOT_FOUND"));
        job(jinrongjie, id).then().statusCode(404).body("code", equalTo("ROSTER_IMPORT_NOT_FOUND"));
        job(desheng, id).then().statusCode(200);
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefused() {
        upload(desheng, "desheng", "not a spreadsheet".getBytes()).then().statusCode(422)
                .body("code", equalTo("ROSTER_FILE_INVALID"));
        upload(desheng, "desheng", xlsx(List.of("name", "id"), List.of(List.of("王小明", newIdNumber()))))
                .then().statusCode(422).body("code", equalTo("ROSTER_FILE_INVALID"));
        given().auth().oauth2(desheng).multiPart("other", "x") .queryParam("streetCode", "desheng")
                .when().post(Rosters.IMPORTS).then().statusCode(422).body("code", equalTo("ROSTER_FILE_INVALID"));
    }

    @Test
    void aJobStoppedAfterABatchResumesAtItsCursorOnAnotherWorkerWithoutDoingARowTwice() {
        List<List<String>> rows = new ArrayList<>();
        List<String> idNumbers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String idNumber = newIdNumber();
            idNumbers.add(idNumber);
            rows.add(List.of("钱" + "一二三四五六七".charAt(i), idNumber));
        }
        String id = upload(desheng, "desheng", xlsx(rows)).then().statusCode(202).extract().path("id");

        assertThat(worker.work(1)).isTrue();
        // the worker stops here, as a crash after one committed batch (of three rows in tests)
        job(desheng, id).then().body("status", equalTo("running")).body("rowsProcessed", equalTo(3))
                .body("rowsCreated", equalTo(3)).body("rowsTotal", equalTo(7));
        assertThat(worker.work(1)).as("its lease still holds the job").isFalse();

        clock.advance(Duration.ofMinutes(3));
        drain();

        job(desheng, id).then().body("status", equalTo("completed")).body("rowsProcessed", equalTo(7))
                .body("rowsCreated", equalTo(7)).body("rowsUpdated", equalTo(0));
        for (String idNumber : idNumbers) {
            assertThat(membersWith(idNumber)).isEqualTo(1L);
        }
    }

    @Test
    void twoWorkersAtOnceNeverRunTheSameJob() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(List.of("冯" + "一二三四五六七八九".charAt(i), newIdNumber()));
        }
        String id = upload(desheng, "desheng", xlsx(rows)).then().statusCode(202).extract().path("id");

        List<Boolean> claimed = AtOnce.run(() -> worker.work(Integer.MAX_VALUE), () -> worker.work(Integer.MAX_VALUE));

        assertThat(claimed).containsExactlyInAnyOrder(true, false);
        job(desheng, id).then().body("status", equalTo("completed")).body("rowsProcessed", equalTo(9))
                .body("rowsCreated", equalTo(9));
    }

    @Test
    void onlyOfficersReachRostersAndAParameterTheOperationDoesNotListIsRefused() {
        String member = TestAccounts.newMember().accessToken();
        String someJob = "01a24edc-3078-707e-9512-602f40753e45";
        List<String> reads = List.of(Rosters.IMPORTS + "/template", Rosters.IMPORTS + "/" + someJob,
                "/api/v1/admin/members/export", "/api/v1/admin/applications/export");
        for (String path : reads) {
            given().when().get(path).then().statusCode(401);
            given().auth().oauth2(member).when().get(path).then().statusCode(403);
            given().auth().oauth2(desheng).queryParam("colour", "red").when().get(path).then().statusCode(400)
                    .body("code", equalTo("UNKNOWN_QUERY_PARAMETER"));
        }
        byte[] file = xlsx(List.of(List.of("王小明", newIdNumber())));
        upload(member, "desheng", file).then().statusCode(403);
        given().multiPart("file", "roster.xlsx", file, RosterSheet.CONTENT_TYPE).queryParam("streetCode", "desheng")
                .when().post(Rosters.IMPORTS).then().statusCode(401);
        given().auth().oauth2(desheng).multiPart("file", "roster.xlsx", file, RosterSheet.CONTENT_TYPE)
                .when().post(Rosters.IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("streetCode"));
    }

    private void drain() {
        while (worker.work(Integer.MAX_VALUE)) {
            // every waiting job, this test's and any other's
        }
    }

    private Object[] member(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        SELECT m.real_name, m.id_number_cipher, m.id_number_index, m.phone_cipher, m.wechat_openid,
                               ms.status, s.code, ms.employer_name
                          FROM members m JOIN memberships ms ON ms.member_id = m.id JOIN streets s ON s.id = ms.street_id
                         WHERE m.id_number_index = :index""")
                .setParameter("index", index(idNumber)).getSingleResult());
    }

    private long membersWith(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM members WHERE id_number_index = :index")
                .setParameter("index", index(idNumber)).getSingleResult()).longValue());
    }

    @Inject
    cn.gonghui.privacy.BlindIndex blindIndex;

    private String index(String idNumber) {
        return blindIndex.of("member.id_number", idNumber);
    }

    private static String en(String key) {
        return java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH).getString(key);
    }
}
