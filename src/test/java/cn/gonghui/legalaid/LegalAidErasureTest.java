package cn.gonghui.legalaid;

import static cn.gonghui.legalaid.LegalAidJourneyTest.body;
import static cn.gonghui.legalaid.LegalAidJourneyTest.consentingWorker;
import static cn.gonghui.legalaid.LegalAidJourneyTest.stored;
import static cn.gonghui.testing.TestApplications.act;
import static cn.gonghui.testing.TestApplications.apply;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.application.Application;
import cn.gonghui.privacy.rights.ErasureJob;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An erased worker's case keeps its figures for the union's statistics, never the words about the case. */
@QuarkusTest
class LegalAidErasureTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ErasureJob erasure;

    @Inject
    ObjectMapper json;

    @Test
    void erasureTakesTheLawyersSummaryAndKeepsTheFigures() throws Exception {
        TestAccounts.SignedIn worker = consentingWorker();
        String id = apply(worker, body("wage_arrears", "8600.00", "5000.00", 3, false, null)).then().statusCode(201)
                .extract().path("summary.id");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        TestApplications.inviteToDesheng(officer, id);
        given().auth().oauth2(worker.accessToken()).contentType(ContentType.JSON)
                .body("{\"slotId\": \"" + TestApplications.freeDeshengSlot() + "\"}")
                .when().put("/api/v1/applications/" + id + "/appointment").then().statusCode(200);
        act(officer, id, "record-visit", "{\"outcome\": \"arrived\"}").then().statusCode(200);
        act(officer, id, "approve", "{\"result\": {\"formOfHelp\": \"mediation\"}}").then().statusCode(200);
        act(officer, id, "complete", "{\"result\": {\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"6000.00\", "
                + "\"summary\": \"申请人张三与北京某某餐饮有限公司达成调解\"}}}").then().statusCode(200);

        given().auth().oauth2(worker.accessToken()).when().post("/api/v1/me/deletion-request").then().statusCode(202);
        assertThat(erasure.eraseDue()).isPositive();

        Application erased = stored(id);
        JsonNode result = erased.result;
        assertThat(erased.result.toString()).doesNotContain("张三").doesNotContain("summary");
        assertThat(result.at("/outcome/kind").asText()).isEqualTo("mediated");
        assertThat(result.at("/outcome/mediatedAmount").asText()).isEqualTo("6000.00");
        assertThat(result.at("/formOfHelp").asText()).isEqualTo("mediation");
        assertThat(result.at("/eligibility").asText()).isEqualTo("eligible");
        assertThat(erased.form.toString()).isEqualTo("{}");
        assertThat(erased.formSensitive).isNull();
    }
}
