package cn.gonghui.legalaid;

import static cn.gonghui.legalaid.Eligibility.Reason.AMOUNT_BELOW_THRESHOLD;
import static cn.gonghui.legalaid.Eligibility.Reason.INCOME_NOT_BELOW_MINIMUM_WAGE;
import static cn.gonghui.legalaid.Eligibility.Reason.INCOME_NOT_GIVEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.FiledForm;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.platform.error.ApiProblem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Full aid for an amount of at least ¥1,000 and a household income per person below the minimum
 * wage of the day (¥2,540 in Beijing from 2025-09-01); migrant workers' wage and injury claims
 * skip the income test; everyone else gets advice.
 */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Eligibility eligibility = new Eligibility(new BigDecimal("1000.00"),
            MinimumWageSchedule.parse(List.of("2023-09-01:2420.00", "2025-09-01:2540.00")));

    @Test
    void aWageClaimOfAPoorHouseholdIsAided() {
        Eligibility.Assessment assessment = eligibility.assess(form("dismissal", "8600.00", "5000.00", 3, false), TODAY);
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.reasons()).isEmpty();
        assertThat(assessment.minimumWage()).isEqualTo(new BigDecimal("2540.00"));
        assertThat(assessment.incomeTestWaived()).isFalse();
    }

    @Test
    void theAmountCountsFromExactlyTheThreshold() {
        assertThat(eligibility.assess(form("dismissal", "1000.00", "0.00", 1, false), TODAY).eligible()).isTrue();
        assertThat(eligibility.assess(form("dismissal", "999.99", "0.00", 1, false), TODAY).reasons())
                .containsExactly(AMOUNT_BELOW_THRESHOLD);
    }

    @Test
    void incomePerPersonMustBeBelowTheMinimumWageNotEqualToIt() {
        // 3 people × ¥2,540 = ¥7,620
        assertThat(eligibility.assess(form("other", "5000.00", "7619.99", 3, false), TODAY).eligible()).isTrue();
        assertThat(eligibility.assess(form("other", "5000.00", "7620.00", 3, false), TODAY).reasons())
                .containsExactly(INCOME_NOT_BELOW_MINIMUM_WAGE);
    }

    @Test
    void theFigureOfTheSubmissionDayDecides() {
        // ¥2,500 a person: below the old figure? no (2,420); below the new one (2,540): yes
        LegalAidForm form = form("other", "5000.00", "2500.00", 1, false);
        assertThat(eligibility.assess(form, LocalDate.of(2025, 8, 31)).reasons())
                .containsExactly(INCOME_NOT_BELOW_MINIMUM_WAGE);
        assertThat(eligibility.assess(form, LocalDate.of(2025, 8, 31)).minimumWage()).isEqualByComparingTo("2420.00");
        assertThat(eligibility.assess(form, LocalDate.of(2025, 9, 1)).eligible()).isTrue();
    }

    @Test
    void theSubmissionDayIsTheDayInBeijing() {
        assertThat(submittedAt("2025-08-31T16:30:00Z").submittedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(submittedAt("2025-08-31T15:59:59Z").submittedOn()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void migrantWorkersWageAndInjuryClaimsSkipTheIncomeTest() {
        for (String type : List.of("wage_arrears", "work_injury")) {
            Eligibility.Assessment rich = eligibility.assess(form(type, "3000.00", "90000.00", 2, true), TODAY);
            assertThat(rich.eligible()).as(type).isTrue();
            assertThat(rich.incomeTestWaived()).isTrue();
            assertThat(eligibility.assess(form(type, "3000.00", null, null, true), TODAY).eligible()).isTrue();
        }
        // the amount still counts, and other claims of migrant workers are tested as anyone's
        assertThat(eligibility.assess(form("wage_arrears", "500.00", null, null, true), TODAY).reasons())
                .containsExactly(AMOUNT_BELOW_THRESHOLD);
        assertThat(eligibility.assess(form("dismissal", "3000.00", "90000.00", 2, true), TODAY).reasons())
                .containsExactly(INCOME_NOT_BELOW_MINIMUM_WAGE);
        assertThat(eligibility.assess(form("wage_arrears", "3000.00", "90000.00", 2, false), TODAY).reasons())
                .containsExactly(INCOME_NOT_BELOW_MINIMUM_WAGE);
    }

    @Test
    void withoutTheIncomeOnlyAdviceAndEveryReasonIsGiven() {
        assertThat(eligibility.assess(form("dismissal", "200.00", null, null, false), TODAY).reasons())
                .containsExactly(AMOUNT_BELOW_THRESHOLD, INCOME_NOT_GIVEN);
    }

    @Test
    void incomeAndHouseholdSizeComeTogetherAndTheSizeIsWhole() {
        assertThatThrownBy(() -> checked(validated("5000.00", null)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("FORM_INVALID");
                    assertThat(problem.errors()).extracting("field", "code").containsExactly(
                            tuple("form.householdSize", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
                });
        assertThatThrownBy(() -> checked(validated(null, 3)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors().get(0).field())
                        .isEqualTo("form.householdMonthlyIncome"));
        ObjectNode halfPerson = validated("5000.00", 3).sensitive().put("householdSize", 2.5);
        assertThatThrownBy(() -> checked(new ValidatedForm(validated(null, null).plain(), halfPerson, List.of())))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors().get(0).code())
                        .isEqualTo("HOUSEHOLD_SIZE_WHOLE_NUMBER"));
        assertThat(checked(validated("5000.00", 3)).householdSize()).isEqualByComparingTo("3");
    }

    /** An application as the line sees it, submitted at this instant. */
    private static ApplicationRef submittedAt(String instant) {
        return new ApplicationRef(null, null, LegalAidRules.LINE, null, null, null, Instant.parse(instant), null);
    }

    private static LegalAidForm form(String type, String amount, String income, Integer size, boolean migrant) {
        BigDecimal householdIncome = income == null ? null : new BigDecimal(income);
        return new LegalAidForm(type, new BigDecimal(amount), householdIncome,
                size == null ? null : BigDecimal.valueOf(size), migrant);
    }

    /** The form as the line reads it, and its rules across fields applied, as at submission. */
    private static LegalAidForm checked(ValidatedForm form) {
        LegalAidForm view = FiledForm.read(form.plain().deepCopy().setAll(form.sensitive()), LegalAidForm.class);
        view.check();
        return view;
    }

    private static ValidatedForm validated(String income, Integer size) {
        ObjectNode plain = JsonNodeFactory.instance.objectNode().put("disputeType", "dismissal")
                .put("amountInDispute", "3000.00").put("migrantWorker", false);
        ObjectNode sensitive = JsonNodeFactory.instance.objectNode();
        if (income != null) {
            sensitive.put("householdMonthlyIncome", income);
        }
        if (size != null) {
            sensitive.put("householdSize", size);
        }
        return new ValidatedForm(plain, sensitive, List.of());
    }
}
