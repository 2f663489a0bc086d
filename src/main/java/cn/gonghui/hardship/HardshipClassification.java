package cn.gonghui.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How hard a household's situation is, by the rules of 困难职工 filing: the per-capita monthly
 * income is (the year's disposable income − unavoidable costs) / 12 / household size; below the
 * minimum-living line is deep hardship, below the line × the relative multiplier relative
 * hardship; otherwise an accident, a disaster or a serious illness, or costs above the configured
 * share of the year's income, make accident hardship. The rest is {@code not_eligible}: still
 * reviewed, because the officers who visit the household decide.
 */
public record HardshipClassification(String classification, BigDecimal perCapitaMonthlyIncome, LivingLine line) {

    public static final String DEEP = "deep";
    public static final String RELATIVE = "relative";
    public static final String ACCIDENT = "accident";
    public static final String NOT_ELIGIBLE = "not_eligible";

    private static final Set<String> ACCIDENT_CAUSES = Set.of("accident", "disaster", "illness");
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public static HardshipClassification classify(Household household, BigDecimal annualUnavoidableCosts,
            Set<String> causes, LivingLine line) {
        if (household.size() == 0) {
            throw new IllegalArgumentException("A household has at least one member");
        }
        BigDecimal income = household.annualIncome();
        // rounded once, to the fen shown to officers, and compared as shown
        BigDecimal perCapita = income.subtract(annualUnavoidableCosts)
                .divide(MONTHS.multiply(BigDecimal.valueOf(household.size())), 2, RoundingMode.HALF_UP);
        String classification;
        if (perCapita.compareTo(line.monthly()) < 0) {
            classification = DEEP;
        } else if (perCapita.compareTo(line.monthly().multiply(line.relativeMultiplier())) < 0) {
            classification = RELATIVE;
        } else if (causes.stream().anyMatch(ACCIDENT_CAUSES::contains)
                || annualUnavoidableCosts.compareTo(income.multiply(line.accidentCostShare())) > 0) {
            classification = ACCIDENT;
        } else {
            classification = NOT_ELIGIBLE;
        }
        return new HardshipClassification(classification, perCapita, line);
    }

    /** Deep and relative hardship are entitled to the monthly living subsidy. */
    public static boolean qualifiesForLivingSubsidy(String classification) {
        return DEEP.equals(classification) || RELATIVE.equals(classification);
    }
}
