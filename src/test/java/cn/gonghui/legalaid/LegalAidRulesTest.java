package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gonghui.application.Action;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.ApplicationStatus;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.testing.StrictReading;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Legal aid's rules on plain values, as the engine hands them over: the application is an
 * {@link ApplicationRef}, the applicant an id, so the whole way from a submitted form to an
 * approval runs without Quarkus or a database.
 */
class LegalAidRulesTest {

    private static final ObjectMapper JSON = StrictReading.JSON;
    private static final UUID WORKER = UUID.fromString("01a21c5e-93b4-7f08-b2d6-5e1f7a3c9d41");
    /** ¥5,000 for two people: ¥2,500 a person, between Beijing's old minimum wage (2,420) and its new one (2,540). */
    private static final LegalAidForm BETWEEN_THE_FIGURES = new LegalAidForm("dismissal", new BigDecimal("8600.00"),
            new BigDecimal("5000.00"), new BigDecimal("2"), false);

    private final LegalAidRules rules = new LegalAidRules(new LegalAidPolicy(settings(),
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)), new ApplicationResults(JSON), null);

    @Test
    void aRequestSentAtHalfPastMidnightInBeijingIsJudgedByTheFiguresOfThatDay() {
        // 2025-09-01 00:30 in Beijing, the day the new minimum wage took effect
        LegalAidAssessment onTheNewDay = rules.assess(submittedAt("2025-08-31T16:30:00Z"), null, BETWEEN_THE_FIGURES);
        assertThat(onTheNewDay.eligibility()).isEqualTo(LegalAidAssessment.ELIGIBLE);
        assertThat(onTheNewDay.minimumWage()).isEqualTo("2540.00");

        // a second before midnight in Beijing: the old figure, so advice only
        LegalAidAssessment theDayBefore = rules.assess(submittedAt("2025-08-31T15:59:59Z"), null, BETWEEN_THE_FIGURES);
        assertThat(theDayBefore.eligibility()).isEqualTo(LegalAidAssessment.ADVICE_ONLY);
        assertThat(theDayBefore.eligibilityReasons()).containsExactly(Eligibility.Reason.INCOME_NOT_BELOW_MINIMUM_WAGE);
        assertThat(theDayBefore.minimumWage()).isEqualTo("2420.00");
    }

    @Test
    void theApprovalReadsTheAssessmentTheSubmissionWroteIntoTheResult() {
        ApplicationRef adviceOnly = withResult(submittedAt("2025-08-31T15:59:59Z"),
                rules.assess(submittedAt("2025-08-31T15:59:59Z"), null, BETWEEN_THE_FIGURES));

        assertThatThrownBy(() -> rules.onAction(Action.APPROVE, adviceOnly, null,
                new LegalAidApproval(LegalAidApproval.FormOfHelp.LITIGATION), null))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo(LegalAidRules.RESULT_INVALID);
                    assertThat(problem.errors()).extracting("field", "code")
                            .containsExactly(tuple("result.formOfHelp", "ADVICE_ONLY_CASE"));
                });
        assertThat(rules.onAction(Action.APPROVE, adviceOnly, null,
                new LegalAidApproval(LegalAidApproval.FormOfHelp.ADVICE), null))
                .isEqualTo(new LegalAidApproval(LegalAidApproval.FormOfHelp.ADVICE));

        ApplicationRef eligible = withResult(submittedAt("2025-08-31T16:30:00Z"),
                rules.assess(submittedAt("2025-08-31T16:30:00Z"), null, BETWEEN_THE_FIGURES));
        assertThat(rules.onAction(Action.APPROVE, eligible, null,
                new LegalAidApproval(LegalAidApproval.FormOfHelp.LITIGATION), null))
                .isEqualTo(new LegalAidApproval(LegalAidApproval.FormOfHelp.LITIGATION));
    }

    @Test
    void anIncomeWithoutTheHouseholdItFeedsIsRefusedBeforeAnythingIsStored() {
        LegalAidForm incomeAlone = new LegalAidForm("dismissal", new BigDecimal("8600.00"), new BigDecimal("5000.00"),
                null, false);

        assertThatThrownBy(() -> rules.checkForm(WORKER, null, incomeAlone))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
                        .extracting("field", "code")
                        .containsExactly(tuple("form.householdSize", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER")));
    }

    private static ApplicationRef submittedAt(String instant) {
        return new ApplicationRef(UUID.fromString("01a21c5e-93b4-7f08-b2d6-5e1f7a3c9d42"), "XC20250901-00001",
                LegalAidRules.LINE, WORKER, null, ApplicationStatus.SUBMITTED, Instant.parse(instant),
                JSON.createObjectNode());
    }

    /** The application as the engine shows it after keeping the part in its result. */
    private static ApplicationRef withResult(ApplicationRef application, Object part) {
        ObjectNode result = JSON.valueToTree(part);
        return new ApplicationRef(application.id(), application.number(), application.serviceCode(),
                application.memberId(), application.streetId(), ApplicationStatus.IN_REVIEW, application.submittedAt(),
                result);
    }

    private static LegalAidSettings settings() {
        return new LegalAidSettings() {
            @Override
            public BigDecimal amountThreshold() {
                return new BigDecimal("1000.00");
            }

            @Override
            public List<String> minimumWage() {
                return List.of("2023-09-01:2420.00", "2025-09-01:2540.00");
            }
        };
    }
}
