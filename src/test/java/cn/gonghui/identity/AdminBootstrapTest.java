package cn.gonghui.identity;

import static cn.gonghui.identity.OfficerAdminFixtures.OFFICERS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.LogCapture;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first administrator of a database comes from the bootstrap settings, once, whichever of
 * several instances starts first; and the last administrator always stays one. The suite's other
 * tests leave administrators behind, so these tests set them aside while they run.
 */
@QuarkusTest
class AdminBootstrapTest {

    private static final String PASSWORD = "Bootstrap-Granite-8817";

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    WithoutAdministrators withoutAdministrators;

    @BeforeEach
    void setOtherAdministratorsAside() {
        withoutAdministrators.begin();
    }

    @AfterEach
    void bringThemBack() {
        withoutAdministrators.end();
    }

    @Test
    void twoInstancesStartingAtOnceCreateOneAdministrator() throws Exception {
        String username = OfficerAdminFixtures.uniqueName("root");
        try (LogCapture log = LogCapture.start()) {
            List<AdminBootstrap.Outcome> outcomes = AtOnce.run(() -> bootstrap.run(username, PASSWORD),
                    () -> bootstrap.run(username, PASSWORD));
            assertThat(outcomes).containsExactlyInAnyOrder(AdminBootstrap.Outcome.CREATED,
                    AdminBootstrap.Outcome.ADMIN_EXISTS);
            assertThat(log.text()).contains("Created the administrator " + username).contains("are ignored")
                    .doesNotContain(PASSWORD);
        }
        assertThat(Officer.count("username", username)).isEqualTo(1);
        given().contentType(ContentType.JSON).body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .when().post("/api/v1/auth/officer/session").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        assertThat(bootstrap.run(OfficerAdminFixtures.uniqueName("later"), PASSWORD))
                .isEqualTo(AdminBootstrap.Outcome.ADMIN_EXISTS);
    }

    @Test
    void aWeakBootstrapPasswordStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> bootstrap.run(OfficerAdminFixtures.uniqueName("root"), "password123"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GONGHUI_BOOTSTRAP_ADMIN_PASSWORD").hasMessageNotContaining("password123");
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        String username = OfficerAdminFixtures.uniqueName("sole");
        assertThat(bootstrap.run(username, PASSWORD)).isEqualTo(AdminBootstrap.Outcome.CREATED);
        OfficerAdminFixtures.changePassword(username, PASSWORD, OfficerAdminFixtures.CHOSEN);
        String token = TestAccounts.officerSession(username, OfficerAdminFixtures.CHOSEN).getString("accessToken");
        String id = given().auth().oauth2(token).queryParam("role", "admin").queryParam("status", "active").when().get(OFFICERS)
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(token).when().post(OFFICERS + "/" + id + "/disable")
                .then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", OfficerAdminFixtures.etag(token, id))
                .body("{\"role\": \"auditor\"}").when().patch(OFFICERS + "/" + id)
                .then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
    }
}
