package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.newPhone;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.privacy.Masking;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Officers export their members' roster and their queue as XLSX, read back here: masked by default,
 * in plain text only with a reason (audited), within their streets only.
 */
@QuarkusTest
class RosterExportTest {

    static final String MEMBERS_EXPORT = "/api/v1/admin/members/export";
    static final String QUEUE_EXPORT = "/api/v1/admin/applications/export";

    @Inject
    TestAccounts accounts;

    @Inject
    RosterImportWorker worker;

    @Inject
    EntityManager entityManager;

    String desheng;
    List<List<String>> imported = new ArrayList<>();

    @BeforeEach
    void threeMembersImportedIntoDesheng() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        for (String name : List.of("韩梅梅", "李雷", "欧阳修")) {
            imported.add(List.of(name, newIdNumber(), newPhone(), "德胜科技"));
        }
        upload(desheng, "desheng", xlsx(imported)).then().statusCode(202);
        while (worker.work(Integer.MAX_VALUE)) {
            // every waiting job
        }
    }

    @Test
    void theRosterReadsBackWithEveryMemberMaskedAcrossItsBatches() throws Exception {
        List<List<String>> rows = sheet(as(desheng).queryParam("streetCode", "desheng").queryParam("status", "imported"),
                MEMBERS_EXPORT);

        assertThat(rows.get(0)).isEqualTo(MemberRosterSheet.HEADER);
        assertThat(rows.size() - 1).as("more rows than one batch of two").isGreaterThanOrEqualTo(3);
        for (List<String> person : imported) {
            List<String> row = rows.stream().filter(cells -> Masking.idNumber(person.get(1)).equals(cells.get(2))
                    && Masking.phone(person.get(2)).equals(cells.get(3))).findFirst().orElseThrow();
            assertThat(row.get(1)).isEqualTo(Masking.name(person.get(0)));
            assertThat(row.subList(4, 8)).containsExactly("德胜", "德胜街道联合工会", "德胜科技", "imported");
        }
        String everything = rows.toString();
        imported.forEach(person -> assertThat(everything).doesNotContain(person.get(1)).doesNotContain(person.get(2)));
        assertThat(rows.stream().skip(1).map(row -> row.get(7))).containsOnly("imported");
    }

    @Test
    void plainTextNeedsAReasonAndIsAudited() throws Exception {
        as(desheng).queryParam("plaintext", true).when().get(MEMBERS_EXPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        long before = plaintextExports();

        List<List<String>> rows = sheet(as(desheng).queryParam("plaintext", true).queryParam("reason", "年度会员核对")
                .queryParam("status", "imported"), MEMBERS_EXPORT);

        String everything = rows.toString();
        imported.forEach(person -> assertThat(everything).contains(person.get(1)).contains(person.get(2)));
        assertThat(plaintextExports()).isEqualTo(before + 1);
    }

    @Test
    void anotherStreetsOfficerExportsNoneOfDeshengsMembers() throws Exception {
        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        as(jinrongjie).queryParam("streetCode", "desheng").when().get(MEMBERS_EXPORT).then().statusCode(404)
                .body("code", equalTo("STREET_NOT_FOUND"));

        List<List<String>> rows = sheet(as(jinrongjie), MEMBERS_EXPORT);
        String everything = rows.toString();
        imported.forEach(person -> assertThat(everything).doesNotContain(Masking.idNumber(person.get(1))));
    }

    @Test
    void theQueueExportsWithinTheOfficersStreetsNamesMasked() throws Exception {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String number = given().auth().oauth2(desheng).when().get("/api/v1/admin/applications/" + join(member))
                .then().statusCode(200).extract().path("summary.number");

        List<List<String>> rows = sheet(as(desheng).queryParam("streetCode", "desheng"), QUEUE_EXPORT);

        assertThat(rows.get(0)).isEqualTo(QueueSheet.HEADER);
        List<String> row = rows.stream().filter(cells -> number.equals(cells.get(0))).findFirst().orElseThrow();
        assertThat(row.get(3)).isEqualTo("德胜");
        assertThat(row.get(4)).endsWith("*");
        assertThat(rows.stream().skip(1).map(cells -> cells.get(3))).containsOnly("德胜");

        String jinrongjie = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        assertThat(sheet(as(jinrongjie), QUEUE_EXPORT).stream().map(cells -> cells.get(0))).doesNotContain(number);
    }

    private static String join(TestAccounts.SignedIn member) {
        return TestApplications.join(member, "desheng");
    }

    private long plaintextExports() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM audit_events WHERE action = 'member.roster_export_plaintext'")
                .getSingleResult()).longValue());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static List<List<String>> sheet(RequestSpecification request, String path) throws Exception {
        byte[] bytes = request.when().get(path).then().statusCode(200).contentType(RosterSheet.CONTENT_TYPE)
                .extract().asByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(row.getCellText(column));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
