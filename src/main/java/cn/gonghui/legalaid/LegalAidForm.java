package cn.gonghui.legalaid;

import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the eligibility rule reads of a legal-aid form that passed its definition. The household's
 * income and size (both sensitive) come together or not at all: without them only the income
 * test's waiver can make a request eligible.
 */
public record LegalAidForm(String disputeType, BigDecimal amountInDispute, BigDecimal householdMonthlyIncome,
        Integer householdSize, boolean migrantWorker) {

    public static final String WAGE_ARREARS = "wage_arrears";
    public static final String WORK_INJURY = "work_injury";

    /** Reads the checked form and applies the rules across its fields (a 422 naming the fields). */
    public static LegalAidForm of(ValidatedForm form) {
        JsonNode plain = form.plain();
        JsonNode sensitive = form.sensitive();
        JsonNode income = sensitive.get("householdMonthlyIncome");
        JsonNode size = sensitive.get("householdSize");
        List<FieldError> errors = new ArrayList<>();
        if (size != null && !size.canConvertToExactIntegral()) {
            errors.add(FormValidator.error("householdSize", "HOUSEHOLD_SIZE_WHOLE_NUMBER"));
        }
        if (income != null && size == null) {
            errors.add(FormValidator.error("householdSize", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        }
        if (size != null && income == null) {
            errors.add(FormValidator.error("householdMonthlyIncome", "INCOME_AND_HOUSEHOLD_SIZE_TOGETHER"));
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
        return new LegalAidForm(plain.path("disputeType").asText(),
                new BigDecimal(plain.path("amountInDispute").asText()),
                income == null ? null : new BigDecimal(income.asText()), size == null ? null : size.intValue(),
                plain.path("migrantWorker").asBoolean());
    }

    public boolean incomeGiven() {
        return householdMonthlyIncome != null && householdSize != null;
    }

    /** Migrant workers' wage and injury claims are aided whatever the household earns. */
    public boolean incomeTestWaived() {
        return migrantWorker && (WAGE_ARREARS.equals(disputeType) || WORK_INJURY.equals(disputeType));
    }
}
