package cn.gonghui.mutualaid;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The benefit of one hospital stay, by the plan in force on the admission day: (self-paid −
 * deductible) × the level's rate, to the fen, never above what is left of the year's cap; nothing
 * for a stay outside the coverage or inside the waiting period. Plain values in, plain values out,
 * every step kept so the officer sees how the amount came about.
 */
public final class ClaimComputation {

    /** Why the amount is what it is. */
    public enum Outcome {
        /** The whole computed amount is payable. */
        PAYABLE,
        /** Cut to what was left of the year's cap. */
        CAPPED,
        /** The year's cap was used up before this stay. */
        CAP_EXHAUSTED,
        /** The self-paid cost does not exceed the deductible. */
        BELOW_DEDUCTIBLE,
        /** Admitted before the waiting days had passed. */
        WAITING_PERIOD,
        /** Admitted outside the plan's coverage. */
        OUTSIDE_COVERAGE;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The stay as the claim states it. */
    public record Stay(LocalDate admittedOn, LocalDate dischargedOn, HospitalLevel level, BigDecimal selfPaid) {
    }

    /** The amount with every figure it was computed from. */
    public record Result(BigDecimal amount, Outcome outcome, BigDecimal selfPaid, BigDecimal deductible,
            BigDecimal rate, BigDecimal beforeCap, BigDecimal claimedBefore, BigDecimal remainingCap,
            LocalDate coveredFrom) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private ClaimComputation() {
    }

    /**
     * @param coveredFrom   the member's first covered day under these terms
     * @param claimedBefore what the member was paid (or approved) under the same plan year before
     */
    public static Result compute(PlanTerms terms, LocalDate coveredFrom, Stay stay, BigDecimal claimedBefore) {
        BigDecimal claimed = claimedBefore.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal remaining = terms.annualCap().subtract(claimed).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal rate = terms.rates().getOrDefault(stay.level(), BigDecimal.ZERO);
        BigDecimal deductible = terms.deductible().setScale(2, RoundingMode.UNNECESSARY);
        if (!terms.covers(stay.admittedOn())) {
            return new Result(ZERO, Outcome.OUTSIDE_COVERAGE, stay.selfPaid(), deductible, rate, ZERO, claimed,
                    remaining, coveredFrom);
        }
        if (stay.admittedOn().isBefore(coveredFrom)) {
            return new Result(ZERO, Outcome.WAITING_PERIOD, stay.selfPaid(), deductible, rate, ZERO, claimed,
                    remaining, coveredFrom);
        }
        BigDecimal aboveDeductible = stay.selfPaid().subtract(deductible).max(BigDecimal.ZERO);
        BigDecimal beforeCap = aboveDeductible.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        Outcome outcome;
        BigDecimal amount;
        if (beforeCap.signum() == 0) {
            outcome = Outcome.BELOW_DEDUCTIBLE;
            amount = ZERO;
        } else if (remaining.signum() == 0) {
            outcome = Outcome.CAP_EXHAUSTED;
            amount = ZERO;
        } else if (beforeCap.compareTo(remaining) > 0) {
            outcome = Outcome.CAPPED;
            amount = remaining;
        } else {
            outcome = Outcome.PAYABLE;
            amount = beforeCap;
        }
        return new Result(amount, outcome, stay.selfPaid(), deductible, rate, beforeCap, claimed, remaining,
                coveredFrom);
    }
}
