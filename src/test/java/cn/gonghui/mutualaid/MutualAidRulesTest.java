package cn.gonghui.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.mutualaid.ClaimComputation.Outcome;
import cn.gonghui.mutualaid.ClaimComputation.Result;
import cn.gonghui.mutualaid.ClaimComputation.Stay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutual aid's computation on plain values, at its edges: (self-paid − deductible) × the level's rate,
 * to the fen, never above what is left of the year's cap; nothing in the waiting days or outside the
 * coverage; the plan year of the admission day; a correction for claims filed after it only.
 */
class MutualAidRulesTest {

    /** 2027: ¥1,000 deductible, 60 / 70 / 80 %, ¥20,000 a year, 90 waiting days. */
    private static final PlanTerms YEAR_2027 = new PlanTerms(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"),
            money("1000.00"), Map.of(HospitalLevel.PRIMARY, new BigDecimal("0.80"), HospitalLevel.SECONDARY,
                    new BigDecimal("0.70"), HospitalLevel.TERTIARY, new BigDecimal("0.60")), money("20000.00"), 90);
    private static final PlanTerms YEAR_2026 = new PlanTerms(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
            money("800.00"), Map.of(HospitalLevel.TERTIARY, new BigDecimal("0.50")), money("10000.00"), 0);
    /** Enrolled before the coverage started: covered from 1 January + 90 days. */
    private static final LocalDate COVERED_FROM = YEAR_2027.coveredFrom(LocalDate.parse("2026-12-15"));

    @Test
    void theWaitingDaysCountFromTheCoveragesStartOrTheEnrollmentWhicheverIsLater() {
        assertThat(COVERED_FROM).isEqualTo(LocalDate.parse("2027-04-01"));
        assertThat(YEAR_2027.coveredFrom(LocalDate.parse("2027-03-01"))).isEqualTo(LocalDate.parse("2027-05-30"));
    }

    @Test
    void aSelfPaidCostAtTheDeductiblePaysNothingAndOneFenAboveItPaysTheRateOfAFen() {
        Result atTheDeductible = compute(stay("2027-06-01", HospitalLevel.SECONDARY, "1000.00"), "0.00");
        assertThat(atTheDeductible.outcome()).isEqualTo(Outcome.BELOW_DEDUCTIBLE);
        assertThat(atTheDeductible.amount()).isEqualByComparingTo("0.00");

        // 0.01 × 0.70 = 0.007, to the fen half up
        Result aFenAbove = compute(stay("2027-06-01", HospitalLevel.SECONDARY, "1000.01"), "0.00");
        assertThat(aFenAbove.outcome()).isEqualTo(Outcome.PAYABLE);
        assertThat(aFenAbove.amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void theLevelsRateAppliesToWhatTheMemberPaidAboveTheDeductible() {
        Result tertiary = compute(stay("2027-06-01", HospitalLevel.TERTIARY, "5000.00"), "0.00");
        assertThat(tertiary.amount()).isEqualByComparingTo("2400.00");
        assertThat(tertiary.beforeCap()).isEqualByComparingTo("2400.00");
        assertThat(tertiary.deductible()).isEqualByComparingTo("1000.00");
        assertThat(tertiary.rate()).isEqualByComparingTo("0.60");
    }

    @Test
    void whenTheCapIsReachedMidYearTheClaimGetsWhatIsLeftAndTheNextOneNothing() {
        // ¥18,500 paid earlier in the year: ¥1,500 left of ¥20,000, the stay would be worth ¥2,400
        Result capped = compute(stay("2027-09-01", HospitalLevel.TERTIARY, "5000.00"), "18500.00");
        assertThat(capped.outcome()).isEqualTo(Outcome.CAPPED);
        assertThat(capped.amount()).isEqualByComparingTo("1500.00");
        assertThat(capped.remainingCap()).isEqualByComparingTo("1500.00");

        Result exhausted = compute(stay("2027-11-01", HospitalLevel.TERTIARY, "5000.00"), "20000.00");
        assertThat(exhausted.outcome()).isEqualTo(Outcome.CAP_EXHAUSTED);
        assertThat(exhausted.amount()).isEqualByComparingTo("0.00");

        Result exactlyWhatIsLeft = compute(stay("2027-09-01", HospitalLevel.TERTIARY, "5000.00"), "17600.00");
        assertThat(exactlyWhatIsLeft.outcome()).isEqualTo(Outcome.PAYABLE);
        assertThat(exactlyWhatIsLeft.amount()).isEqualByComparingTo("2400.00");
    }

    @Test
    void aStayAdmittedOnTheLastWaitingDayGetsNothingAndOneAdmittedTheNextDayIsPaid() {
        Result lastWaitingDay = compute(stay("2027-03-31", HospitalLevel.PRIMARY, "3000.00"), "0.00");
        assertThat(lastWaitingDay.outcome()).isEqualTo(Outcome.WAITING_PERIOD);
        assertThat(lastWaitingDay.amount()).isEqualByComparingTo("0.00");
        assertThat(lastWaitingDay.coveredFrom()).isEqualTo(LocalDate.parse("2027-04-01"));

        Result firstCoveredDay = compute(stay("2027-04-01", HospitalLevel.PRIMARY, "3000.00"), "0.00");
        assertThat(firstCoveredDay.outcome()).isEqualTo(Outcome.PAYABLE);
        assertThat(firstCoveredDay.amount()).isEqualByComparingTo("1600.00");
    }

    @Test
    void aStayAdmittedOutsideTheCoverageGetsNothing() {
        Result beforeTheYear = ClaimComputation.compute(YEAR_2027, COVERED_FROM,
                stay("2026-12-30", HospitalLevel.PRIMARY, "3000.00"), BigDecimal.ZERO);
        assertThat(beforeTheYear.outcome()).isEqualTo(Outcome.OUTSIDE_COVERAGE);
        assertThat(beforeTheYear.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aStaySpanningTwoPlanYearsIsTheAdmissionDaysYearsWithThatYearsCap() {
        record Enrolled(String year, PlanTerms terms) {
        }
        List<Enrolled> enrolled = List.of(new Enrolled("2027", YEAR_2027), new Enrolled("2026", YEAR_2026));
        // admitted 28 December 2026, discharged 5 January 2027
        Stay acrossNewYear = new Stay(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-05"),
                HospitalLevel.TERTIARY, money("3000.00"));

        Enrolled chosen = PlanChoice.coveringAdmission(enrolled, Enrolled::terms, acrossNewYear.admittedOn()).orElseThrow();
        assertThat(chosen.year()).isEqualTo("2026");
        // 2026's rules and cap, with 2026's ¥9,500 paid already: (3000 − 800) × 0.50 = 1100, capped to 500
        Result result = ClaimComputation.compute(chosen.terms(), LocalDate.parse("2026-01-01"), acrossNewYear,
                money("9500.00"));
        assertThat(result.outcome()).isEqualTo(Outcome.CAPPED);
        assertThat(result.amount()).isEqualByComparingTo("500.00");
    }

    @Test
    void aCorrectionAppliesToClaimsFiledAfterItNeverToThoseFiledBefore() {
        Instant corrected = Instant.parse("2027-05-10T02:00:00Z");
        PlanTerms lowerDeductible = new PlanTerms(YEAR_2027.coverageStartsOn(), YEAR_2027.coverageEndsOn(),
                money("500.00"), YEAR_2027.rates(), YEAR_2027.annualCap(), YEAR_2027.waitingDays());
        List<PlanChoice.Version> versions = List.of(
                new PlanChoice.Version(1, Instant.parse("2026-11-01T00:00:00Z"), YEAR_2027),
                new PlanChoice.Version(2, corrected, lowerDeductible));

        PlanChoice.Version before = PlanChoice.applying(versions, corrected.minusSeconds(1)).orElseThrow();
        PlanChoice.Version after = PlanChoice.applying(versions, corrected).orElseThrow();
        assertThat(before.planVersion()).isEqualTo(1);
        assertThat(after.planVersion()).isEqualTo(2);

        Stay stay = stay("2027-05-01", HospitalLevel.TERTIARY, "2000.00");
        assertThat(ClaimComputation.compute(before.terms(), COVERED_FROM, stay, BigDecimal.ZERO).amount())
                .isEqualByComparingTo("600.00");
        assertThat(ClaimComputation.compute(after.terms(), COVERED_FROM, stay, BigDecimal.ZERO).amount())
                .isEqualByComparingTo("900.00");
        assertThat(PlanChoice.applying(versions, Instant.parse("2026-10-01T00:00:00Z"))).isEmpty();
    }

    private static Result compute(Stay stay, String claimedBefore) {
        return ClaimComputation.compute(YEAR_2027, COVERED_FROM, stay, money(claimedBefore));
    }

    private static Stay stay(String admittedOn, HospitalLevel level, String selfPaid) {
        LocalDate admitted = LocalDate.parse(admittedOn);
        return new Stay(admitted, admitted.plusDays(5), level, money(selfPaid));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
