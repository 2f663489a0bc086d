package cn.gonghui.roster;

import static cn.gonghui.roster.Rosters.newIdNumber;
import static cn.gonghui.roster.Rosters.newPhone;
import static cn.gonghui.roster.Rosters.upload;
import static cn.gonghui.roster.Rosters.xlsx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.Masking;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members a roster brought, not yet claimed with WeChat, are in the officers' member list like any
 * other member: within the officer's streets (a district officer's whole district), masked, paged by
 * cursor, and alone with {@code status=imported}; the roster export lists the same ones.
 */
@QuarkusTest
class ImportedMembersListedTest {

    private static final String MEMBERS = "/api/v1/admin/members";

    @Inject
    TestAccounts accounts;

    @Inject
    RosterImportWorker worker;

    @Inject
    EntityManager entityManager;

    @Inject
    BlindIndex blindIndex;

    String desheng;
    /** Name, ID number and phone of each imported person, by the member id the import gave them. */
    Map<String, List<String>> ofDesheng = new HashMap<>();
    Map<String, List<String>> ofJinrongjie = new HashMap<>();

    @BeforeEach
    void twoPeopleImportedIntoDeshengAndOneIntoJinrongjie() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        importInto(desheng, "desheng", List.of("高志远", "欧阳娜娜"), ofDesheng);
        importInto(TestAccounts.officerToken(accounts.streetOfficer("jinrongjie")), "jinrongjie", List.of("段誉"),
                ofJinrongjie);
    }

    @Test
    void aStreetOfficerListsHerStreetsImportedMembersMaskedAndNoOthers() {
        List<Map<String, Object>> listed = allPages(desheng, Map.of());

        for (Map.Entry<String, List<String>> person : ofDesheng.entrySet()) {
            Map<String, Object> item = listed.stream().filter(view -> person.getKey().equals(view.get("id")))
                    .findFirst().orElseThrow(() -> new AssertionError("imported member missing: " + person.getKey()));
            assertThat(item.get("realName")).isEqualTo(Masking.name(person.getValue().get(0)));
            assertThat(item.get("idNumber")).isEqualTo(Masking.idNumber(person.getValue().get(1)));
            assertThat(item.get("phone")).isEqualTo(Masking.phone(person.getValue().get(2)));
            assertThat(item.toString()).doesNotContain(person.getValue().get(1)).doesNotContain(person.getValue().get(2));
        }
        assertThat(ids(listed)).doesNotContainAnyElementsOf(ofJinrongjie.keySet());
        String someone = ofDesheng.keySet().iterator().next();
        given().auth().oauth2(desheng).when().get(MEMBERS + "/" + someone).then().statusCode(200)
                .body("id", equalTo(someone));
        given().auth().oauth2(desheng).when().get(MEMBERS + "/" + ofJinrongjie.keySet().iterator().next())
                .then().statusCode(404);
    }

    @Test
    void statusImportedListsOnlyTheUnclaimedPageByPage() {
        TestAccounts.SignedIn applicant = TestApplications.identifiedMember("desheng");
        TestApplications.join(applicant, "desheng");

        List<Map<String, Object>> everyone = allPages(desheng, Map.of("streetCode", "desheng"));
        List<Map<String, Object>> imported = allPages(desheng, Map.of("streetCode", "desheng", "status", "imported"), 2);

        assertThat(ids(everyone)).contains(applicant.memberId().toString()).containsAll(ofDesheng.keySet());
        assertThat(ids(imported)).containsAll(ofDesheng.keySet()).doesNotContain(applicant.memberId().toString())
                .doesNotContainAnyElementsOf(ofJinrongjie.keySet()).doesNotHaveDuplicates();
        assertThat(ids(imported)).as("in member order, across pages of two").isSorted();
        assertThat(ids(imported)).allSatisfy(id -> assertThat(membershipStatus(id)).isEqualTo("imported"));
    }

    @Test
    void aDistrictOfficerListsTheImportedMembersOfEveryStreetOfHerDistrict() {
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));

        List<Map<String, Object>> imported = allPages(district, Map.of("status", "imported"));

        assertThat(ids(imported)).containsAll(ofDesheng.keySet()).containsAll(ofJinrongjie.keySet());
    }

    @Test
    void aStatusTheListDoesNotKnowIsRefusedWithTheAllowedValues() {
        given().auth().oauth2(desheng).queryParam("status", "ended").when().get(MEMBERS).then().statusCode(400)
                .body("code", equalTo("INVALID_QUERY_PARAMETER")).body("errors[0].field", equalTo("status"))
                .body("allowedValues.status", contains("imported", "active"));
    }

    @Test
    void theRosterExportHoldsTheSameImportedMembersAsTheList() throws Exception {
        List<String> listed = allPages(desheng, Map.of("streetCode", "desheng", "status", "imported")).stream()
                .map(view -> (String) view.get("idNumber")).sorted().toList();

        byte[] sheet = given().auth().oauth2(desheng).queryParam("streetCode", "desheng").queryParam("status", "imported")
                .when().get(MEMBERS + "/export").then().statusCode(200).extract().asByteArray();
        List<String> exported = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
            workbook.getFirstSheet().read().stream().skip(1).map((Row row) -> row.getCellText(2)).forEach(exported::add);
        }

        assertThat(exported.stream().sorted().toList()).isEqualTo(listed);
        ofDesheng.values().forEach(person -> assertThat(exported).contains(Masking.idNumber(person.get(1))));
    }

    private void importInto(String officer, String streetCode, List<String> names, Map<String, List<String>> into) {
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(List.of(name, newIdNumber(), newPhone()));
        }
        upload(officer, streetCode, xlsx(rows)).then().statusCode(202);
        while (worker.work(Integer.MAX_VALUE)) {
            // every waiting job
        }
        rows.forEach(row -> into.put(memberOf(row.get(1)), row));
    }

    private static List<Map<String, Object>> allPages(String token, Map<String, String> filters) {
        return allPages(token, filters, 100);
    }

    /** Every page of the list, following its cursor. */
    private static List<Map<String, Object>> allPages(String token, Map<String, String> filters, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParams(filters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(MEMBERS).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    private String memberOf(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT CAST(id AS text) FROM members WHERE id_number_index = :index")
                .setParameter("index", blindIndex.of("member.id_number", idNumber)).getSingleResult().toString());
    }

    private String membershipStatus(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "SELECT status FROM memberships WHERE member_id = CAST(:id AS uuid)")
                .setParameter("id", memberId).getSingleResult());
    }
}
