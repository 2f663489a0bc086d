package cn.gonghui.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The rules of one version of a plan, as plain values: what a claim is computed by.
 *
 * @param rates the share of the self-paid cost above the deductible paid back, per hospital level
 */
public record PlanTerms(LocalDate coverageStartsOn, LocalDate coverageEndsOn, BigDecimal deductible,
        Map<HospitalLevel, BigDecimal> rates, BigDecimal annualCap, int waitingDays) {

    /**
     * The first day a member enrolled on {@code enrolledOn} is covered: the waiting days count from
     * the start of the coverage or the enrolment, whichever is later.
     */
    public LocalDate coveredFrom(LocalDate enrolledOn) {
        LocalDate start = enrolledOn.isAfter(coverageStartsOn) ? enrolledOn : coverageStartsOn;
        return start.plusDays(waitingDays);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(coverageStartsOn) && !day.isAfter(coverageEndsOn);
    }
}
