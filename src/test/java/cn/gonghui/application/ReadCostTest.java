package cn.gonghui.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gonghui.attachment.Attachments;
import cn.gonghui.testing.ReadCost;
import cn.gonghui.testing.ReadCost.Cost;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reads members and officers make all day cost a fixed, small number of statements in one
 * transaction, whatever the page holds: a query per row (N+1) or a statement outside the
 * transaction fails here before it reaches a benchmark.
 */
@QuarkusTest
class ReadCostTest {

    @Inject
    ReadCost cost;

    @Inject
    TestAccounts accounts;

    @Inject
    Attachments attachments;

    @Test
    void anApplicationInFullIsSevenStatementsInOneTransaction() {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String id = TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.lateFreeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"text\": \"已电话联系\"}")
                .when().post("/api/v1/admin/applications/" + id + "/notes").then().statusCode(201);

        // the application, its applicant's name (identity's), history, documents, evaluation, latest appointment
        // and that appointment's station (place's)
        Cost asMember = cost.of(() -> given().auth().oauth2(member.accessToken())
                .when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("appointment.status", equalTo("booked"))
                .body("allowedActions", org.hamcrest.Matchers.hasItem("cancel-appointment")));
        assertThat(asMember).isEqualTo(new Cost(7, 1, 0));
        // officers also see the notes: one statement more
        Cost asOfficer = cost.of(() -> given().auth().oauth2(officer)
                .when().get("/api/v1/admin/applications/" + id)
                .then().statusCode(200).body("notes", hasSize(1)));
        assertThat(asOfficer).isEqualTo(new Cost(8, 1, 0));
    }

    @Test
    void aMembersListCostsTheSameForOneApplicationAsForSix() throws Exception {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        String first = TestApplications.join(member, "desheng");
        Cost forOne = cost.of(() -> given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/applications")
                .then().statusCode(200).body("items", hasSize(1)));

        copiesOf(first, 5);
        Cost forSix = cost.of(() -> given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/applications")
                .then().statusCode(200).body("items", hasSize(6)));

        // the page, then its applicants' names in one statement (streets and services come from memory)
        assertThat(forSix).isEqualTo(forOne).isEqualTo(new Cost(2, 1, 0));
    }

    @Test
    void theQueuesPageCostsTheSameForTwoRowsAsForTwenty() throws Exception {
        TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        copiesOf(TestApplications.join(member, "desheng"), 20);
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        Cost forTwo = cost.of(() -> given().auth().oauth2(officer).queryParam("limit", 2)
                .when().get("/api/v1/admin/applications").then().statusCode(200).body("items", hasSize(2)));
        Cost forTwenty = cost.of(() -> given().auth().oauth2(officer).queryParam("limit", 20)
                .when().get("/api/v1/admin/applications").then().statusCode(200).body("items", hasSize(20)));
        Cost filtered = cost.of(() -> given().auth().oauth2(officer).queryParam("limit", 20)
                .queryParam("status", "completed").queryParam("serviceCode", "membership.join")
                .queryParam("streetCode", "desheng")
                .when().get("/api/v1/admin/applications").then().statusCode(200).body("items", hasSize(20)));

        // an officer of two streets, two statuses: lists of values, still translated once and kept
        String ofTwoStreets = TestAccounts.officerToken(accounts.lawyer("desheng", "jinrongjie"));
        Cost twoStreets = cost.of(() -> given().auth().oauth2(ofTwoStreets).queryParam("limit", 20)
                .queryParam("status", "completed", "submitted")
                .when().get("/api/v1/admin/applications").then().statusCode(200).body("items", hasSize(20)));

        assertThat(forTwenty).isEqualTo(forTwo).isEqualTo(filtered).isEqualTo(twoStreets).isEqualTo(new Cost(2, 1, 0));
    }

    @Test
    void theDocumentsOfAnApplicationAreOneStatementWhoseTranslationIsKept() {
        List<UUID> threeDocuments = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertThat(cost.of(() -> attachments.viewsOf(threeDocuments))).isEqualTo(new Cost(1, 1, 0));
    }

    @Test
    void theCatalogueAndTheStreetsAreServedFromMemory() {
        Runnable catalogue = () -> given().when().get("/api/v1/services").then().statusCode(200);
        Runnable service = () -> given().when().get("/api/v1/services/membership.join").then().statusCode(200);
        Runnable streets = () -> given().when().get("/api/v1/streets").then().statusCode(200);
        catalogue.run();
        service.run();
        streets.run();

        assertThat(cost.of(catalogue)).isEqualTo(new Cost(0, 0, 0));
        assertThat(cost.of(service)).isEqualTo(new Cost(0, 0, 0));
        assertThat(cost.of(streets)).isEqualTo(new Cost(0, 0, 0));
    }

    /**
     * Closed copies of an application (no open slot), as the years of a member's history; each
     * number is the original's with a letter before it (AXC…, BXC…), so it stays unique.
     */
    private static void copiesOf(String id, int copies) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO applications (id, number, service_code, form_version, member_id, street_id, status,
                                                  form, submitted_at, expected_by, closed_at, version, updated_at)
                        SELECT gen_random_uuid(), chr(64 + n) || number, service_code, form_version, member_id, street_id,
                               'completed', form, submitted_at, expected_by, submitted_at, 0, updated_at
                        FROM applications, generate_series(1, ?) AS n WHERE id = CAST(? AS uuid)""")) {
            insert.setInt(1, copies);
            insert.setString(2, id);
            insert.executeUpdate();
        }
    }
}
