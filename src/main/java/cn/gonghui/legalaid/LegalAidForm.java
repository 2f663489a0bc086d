package cn.gonghui.legalaid;

import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.platform.error.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Legal aid's view of its filed form: what the eligibility rule reads. The household's income and
 * size (both sensitive) come together or not at all: without them only the income test's waiver
 * can make a request eligible. The size is read as the number filed, so that {@link #check} can
 * refuse a half person instead of a rounding hiding it.
 */
public record LegalAidForm(String disputeType, BigDecimal amountInDispute, BigDecimal householdMonthlyIncome,
        BigDecimal householdSize, boolean migrantWorker) {

    public static final String WAGE_ARREARS = "wage_arrears";
    public static final String WORK_INJURY = "work_injury";

    /** The rules across fields that the form's definition cannot express (a 422 naming the fields). */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (householdSize != null && householdSize.stripTrailingZeros().scale() > 0) {
            errors.add(FormValidator.error("householdSize", "HOUSEHOLD_SIZE_WHOLE_NUMBER"));
        }
        if (householdMonthlyIncome != null && householdSize == null) {
            errors.add(FormValidator.error("householdSize", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        }
        if (householdSize != null && householdMonthlyIncome == null) {
            errors.add(FormValidator.error("householdMonthlyIncome", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
    }

    public boolean incomeGiven() {
        return householdMonthlyIncome != null && householdSize != null;
    }

    /** Migrant workers' wage and injury claims are aided whatever the household earns. */
    public boolean incomeTestWaived() {
        return migrantWorker && (WAGE_ARREARS.equals(disputeType) || WORK_INJURY.equals(disputeType));
    }
}
