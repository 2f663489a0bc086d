package cn.gonghui.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who gets full legal aid (DOMAIN.md): an amount in dispute of at least the threshold and a
 * household income per person below the local minimum wage in force on the day of submission;
 * migrant workers' wage and injury claims skip the income test. Anyone else is still helped, with
 * advice only, and the reasons say why.
 */
public final class Eligibility {

    /** Why a request gets advice only. */
    @Schema(name = "LegalAidEligibilityReason",
            description = "仅可咨询的原因：金额不足、未填收入、收入不低于最低工资 / Why only advice: the amount is too "
                    + "small, no income given, income not below the minimum wage")
    public enum Reason { AMOUNT_BELOW_THRESHOLD, INCOME_NOT_GIVEN, INCOME_NOT_BELOW_MINIMUM_WAGE }

    /** The conclusion and the figures it was reached with. */
    public record Assessment(boolean eligible, List<Reason> reasons, BigDecimal minimumWage, BigDecimal amountThreshold,
            boolean incomeTestWaived) {
    }

    private final BigDecimal amountThreshold;
    private final MinimumWageSchedule minimumWages;

    public Eligibility(BigDecimal amountThreshold, MinimumWageSchedule minimumWages) {
        if (amountThreshold.signum() < 0 || amountThreshold.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("gonghui.legal-aid.amount-threshold must be yuan and fen, not negative: "
                    + amountThreshold.toPlainString());
        }
        this.amountThreshold = amountThreshold.setScale(2);
        this.minimumWages = minimumWages;
    }

    public Assessment assess(LegalAidForm form, LocalDate submittedOn) {
        BigDecimal minimumWage = minimumWages.inForceOn(submittedOn);
        List<Reason> reasons = new ArrayList<>();
        if (form.amountInDispute().compareTo(amountThreshold) < 0) {
            reasons.add(Reason.AMOUNT_BELOW_THRESHOLD);
        }
        boolean waived = form.incomeTestWaived();
        if (!waived && !form.incomeGiven()) {
            reasons.add(Reason.INCOME_NOT_GIVEN);
        } else if (!waived && !belowMinimumWagePerPerson(form, minimumWage)) {
            reasons.add(Reason.INCOME_NOT_BELOW_MINIMUM_WAGE);
        }
        return new Assessment(reasons.isEmpty(), List.copyOf(reasons), minimumWage, amountThreshold, waived);
    }

    public MinimumWageSchedule minimumWages() {
        return minimumWages;
    }

    /** income / size < wage, compared as income < wage × size so no rounding decides a case. */
    private static boolean belowMinimumWagePerPerson(LegalAidForm form, BigDecimal minimumWage) {
        BigDecimal line = minimumWage.multiply(form.householdSize());
        return form.householdMonthlyIncome().compareTo(line) < 0;
    }
}
