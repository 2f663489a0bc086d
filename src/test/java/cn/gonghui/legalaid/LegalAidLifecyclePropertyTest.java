package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.LifecycleProperty;
import cn.gonghui.testing.LifecycleSteps;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of what a worker, the street and the district do to a legal-aid request (see
 * {@link LifecycleProperty}): the line whose approval only decides, so the worker may still withdraw
 * once approved. Its own invariant: the form of help is in the result exactly when the request was
 * approved (also when withdrawn after), the outcome exactly when completed, and the lawyer named is
 * the assignee.
 */
@QuarkusTest
class LegalAidLifecyclePropertyTest {

    private static final String APPROVAL = "{\"result\": {\"formOfHelp\": \"advice\"}}";
    private static final String COMPLETION =
            "{\"result\": {\"outcome\": {\"kind\": \"advice_given\", \"summary\": \"已告知仲裁时效和证据要求\"}}}";

    @Inject
    TestAccounts accounts;

    @Test
    void aLegalAidRequestAndWhatItRecordsNeverDisagree() {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String district = TestAccounts.officerToken(accounts.officer("district_officer", "xicheng"));
        UUID lawyer = accounts.officerId(accounts.lawyer("desheng"));
        LifecycleSteps.Bodies bodies = new LifecycleSteps.Bodies(APPROVAL, COMPLETION, lawyer);
        new LifecycleProperty("legal-aid", () -> new Request(officer, district, bodies), officer, district)
                .check(2_026_120_604L, 5, 14);
    }

    private static final class Request implements LifecycleProperty.Line {

        private final TestAccounts.SignedIn worker = LegalAidJourneyTest.consentingWorker();
        private final String id = TestApplications.apply(worker,
                        LegalAidJourneyTest.body("wage_arrears", "8600.00", null, null, true, null))
                .then().statusCode(201).extract().path("summary.id");
        private final List<LifecycleProperty.Step> steps;

        Request(String officer, String district, LifecycleSteps.Bodies bodies) {
            steps = LifecycleSteps.shared(officer, district, bodies);
        }

        @Override
        public String applicationId() {
            return id;
        }

        @Override
        public String memberToken() {
            return worker.accessToken();
        }

        @Override
        public List<LifecycleProperty.Step> steps() {
            return steps;
        }

        @Override
        public void checkRecords(JsonPath application) {
            String status = application.getString("summary.status");
            List<String> actions = application.getList("history.action", String.class);
            assertThat(application.getString("result.formOfHelp")).as("the form of help of a %s request", status)
                    .isEqualTo(actions.contains("approve") ? "advice" : null);
            assertThat(application.getString("result.outcome.kind")).as("the outcome of a %s request", status)
                    .isEqualTo("completed".equals(status) ? "advice_given" : null);
            Map<String, Object> lawyer = application.getMap("result.lawyer");
            assertThat(lawyer == null ? null : lawyer.get("officerId")).as("the lawyer named")
                    .isEqualTo(application.getString("summary.assigneeId"));
        }
    }
}
