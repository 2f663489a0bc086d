package cn.gonghui.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.LifecycleProperty;
import cn.gonghui.testing.LifecycleSteps;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of what a worker and the officers do to a join application (see
 * {@link LifecycleProperty}); the line's own invariant: the membership is active exactly when the
 * join was approved (and stays so through its completion), and there is none otherwise.
 */
@QuarkusTest
class MembershipLifecyclePropertyTest {

    private static final Set<String> JOINED = Set.of("approved", "completed");

    @Inject
    TestAccounts accounts;

    @Test
    void aJoinApplicationAndTheMembershipNeverDisagree() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        UUID assignee = accounts.officerId(accounts.streetOfficer("desheng"));
        new LifecycleProperty("membership.join", () -> new Join(officer, district, assignee), officer, district)
                .check(2_026_120_603L, 5, 14);
    }

    private static final class Join implements LifecycleProperty.Line {

        private final TestAccounts.SignedIn member = TestApplications.identifiedMember("desheng");
        private final String id = TestApplications.join(member, "desheng");
        private final List<LifecycleProperty.Step> steps;

        Join(String officer, String district, UUID assignee) {
            steps = LifecycleSteps.shared(officer, district, LifecycleSteps.Bodies.plain(assignee));
        }

        @Override
        public String applicationId() {
            return id;
        }

        @Override
        public String memberToken() {
            return member.accessToken();
        }

        @Override
        public List<LifecycleProperty.Step> steps() {
            return steps;
        }

        @Override
        public void checkRecords(JsonPath application) {
            String status = application.getString("summary.status");
            JsonPath membership = given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/membership")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(membership.getString("status")).as("the membership of a join application %s", status)
                    .isEqualTo(JOINED.contains(status) ? "active" : "none");
            if (JOINED.contains(status)) {
                assertThat(application.getString("result.memberNumber")).isEqualTo(membership.getString("number"));
            }
        }
    }
}
