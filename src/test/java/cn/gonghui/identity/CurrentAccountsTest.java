package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.testing.CountedConnections;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestDatabase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An officer's token is held against the account as it is now without asking the database on every
 * request: a good answer is kept, and any change of the account, on this instance or another, ends it.
 */
@QuarkusTest
class CurrentAccountsTest {

    private static final String QUEUE = "/api/v1/admin/applications?limit=1";

    @Inject
    TestAccounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    JWTParser parser;

    @Test
    void anOfficersRequestsAskTheDatabaseOnceAndAgainOnlyAfterTheAccountIsAnnouncedChanged() throws Exception {
        String username = accounts.streetOfficer("desheng");
        UUID officerId = accounts.officerId(username);
        SecurityIdentity officer = identity(TestAccounts.officerToken(username));
        CountedConnections lookups = new CountedConnections(dataSource);
        CurrentAccounts current = new CurrentAccounts(lookups.dataSource(), transactions);

        for (int request = 0; request < 20; request++) {
            assertThat(augmented(current, officer)).isSameAs(officer);
        }
        assertThat(lookups.taken()).as("twenty requests, one lookup").isEqualTo(1);

        current.announced(new ReferenceDataChanged("account:officer:" + UUID.randomUUID()));
        augmented(current, officer);
        assertThat(lookups.taken()).as("another officer's change keeps this one's answer").isEqualTo(1);

        current.announced(new ReferenceDataChanged("account:officer:" + officerId));
        augmented(current, officer);
        assertThat(lookups.taken()).as("asked again after the announcement").isEqualTo(2);

        current.announced(new ReferenceDataChanged(ReferenceDataChanged.EVERYTHING));
        augmented(current, officer);
        assertThat(lookups.taken()).as("asked again after the listener reconnected").isEqualTo(3);
    }

    @Test
    void aTokenOfAnOlderVersionIsRefusedAndLeavesTheCurrentOneKept() throws Exception {
        String username = accounts.streetOfficer("desheng");
        SecurityIdentity before = identity(TestAccounts.officerToken(username));
        changeInTheDatabase("UPDATE officers SET token_version = token_version + 1 WHERE username = ?", username);
        SecurityIdentity after = identity(TestAccounts.officerToken(username));
        CountedConnections lookups = new CountedConnections(dataSource);
        CurrentAccounts current = new CurrentAccounts(lookups.dataSource(), transactions);

        augmented(current, after);
        assertThatThrownBy(() -> augmented(current, before)).isInstanceOf(AuthenticationFailedException.class);
        augmented(current, after);
        assertThat(lookups.taken()).as("the refused token asked once, the current one's answer still kept").isEqualTo(2);
    }

    @Test
    void anOfficerDisabledByAnotherInstanceIsRefusedAtOnceThoughTheirAnswerWasKept() throws Exception {
        String username = accounts.streetOfficer("desheng");
        String token = TestAccounts.officerToken(username);
        given().auth().oauth2(token).when().get(QUEUE).then().statusCode(200);
        given().auth().oauth2(token).when().get(QUEUE).then().statusCode(200);

        // another instance's change: straight to the database, nothing of this instance runs
        changeInTheDatabase("UPDATE officers SET enabled = false WHERE username = ?", username);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            status = given().auth().oauth2(token).when().get(QUEUE).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).as("refused once the database announced the change, long before the 30 s an answer is kept")
                .isEqualTo(401);
    }

    @Test
    void anIntegratorDisabledThroughTheServiceIsRefusedOnItsVeryNextRequest() throws Exception {
        String admin = TestAccounts.officerToken(accounts.officer("admin", null));
        String clientId = accounts.integrator(IntegrationScopes.WEBHOOKS_MANAGE);
        String token = TestAccounts.integratorToken(clientId);
        String path = "/api/v1/integrations/webhook-subscriptions";
        given().auth().oauth2(token).when().get(path).then().statusCode(200);
        given().auth().oauth2(token).when().get(path).then().statusCode(200);
        String id = clientIdToId(clientId);

        given().auth().oauth2(admin).when().post("/api/v1/admin/integrator-clients/" + id + "/disable")
                .then().statusCode(200);

        given().auth().oauth2(token).when().get(path).then().statusCode(401);
    }

    private SecurityIdentity identity(String token) throws Exception {
        return QuarkusSecurityIdentity.builder().setPrincipal(parser.parse(token)).build();
    }

    private static SecurityIdentity augmented(CurrentAccounts current, SecurityIdentity identity) {
        return current.augment(identity, new AuthenticationRequestContext() {
            @Override
            public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
                return Uni.createFrom().item(function);
            }
        }).await().atMost(Duration.ofSeconds(10));
    }

    private static String clientIdToId(String clientId) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id FROM integrator_clients WHERE client_id = ?")) {
            statement.setString(1, clientId);
            try (ResultSet found = statement.executeQuery()) {
                assertThat(found.next()).isTrue();
                return found.getString(1);
            }
        }
    }

    private static void changeInTheDatabase(String sql, String username) throws Exception {
        try (Connection connection = TestDatabase.database().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
