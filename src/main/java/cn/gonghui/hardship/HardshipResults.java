package cn.gonghui.hardship;

import cn.gonghui.application.ApplicationResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the hardship lines keep in an application's result, besides the district's decision
 * ({@link HardshipApprovals}). Amounts are yuan as two-place text, as everywhere in the API.
 */
public final class HardshipResults {

    private HardshipResults() {
    }

    /**
     * The service's classification of the household at submission (and after each supplement); a
     * district's decision at approval replaces its {@code classification}.
     */
    public record Assessment(String classification, String perCapitaMonthlyIncome, String minimumLivingLine,
            Integer householdSize) implements ApplicationResult {
    }

    /** The file the approval opened and how long it stands. */
    public record FileOpened(UUID fileId, LocalDate validFrom, LocalDate validUntil) implements ApplicationResult {
    }

    /** Medical aid's approval: what was asked for and what the district granted. */
    public record MedicalAidAmounts(String amountRequested, String approvedAmount) implements ApplicationResult {
    }

    /**
     * What a programme's approval granted under the file: the living subsidy's monthly amount and
     * first month, or education aid's total; medical aid's amount is its {@link MedicalAidAmounts}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammeGranted(UUID fileId, String monthlyAmount, String firstPeriod, String totalAmount)
            implements ApplicationResult {
    }
}
