package cn.gonghui.mutualaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which rules a claim is computed by, on plain values: the plan year whose coverage holds the
 * admission day (a stay from 28 December into January is the old year's), and of that plan the
 * newest version applying when the claim was filed (a correction never reaches back).
 */
public final class PlanChoice {

    /** A plan version as the choice sees it. */
    public record Version(int planVersion, Instant appliesFrom, PlanTerms terms) {
    }

    private PlanChoice() {
    }

    /** The version applying to a claim filed at that instant. */
    public static Optional<Version> applying(List<Version> versions, Instant filedAt) {
        return versions.stream().filter(version -> !version.appliesFrom().isAfter(filedAt))
                .max(Comparator.comparingInt(Version::planVersion));
    }

    /** Of the plans of several years, the one whose coverage holds the admission day. */
    public static <P> Optional<P> coveringAdmission(List<P> plans, Function<P, PlanTerms> terms,
            LocalDate admittedOn) {
        return plans.stream().filter(plan -> terms.apply(plan).covers(admittedOn)).findFirst();
    }
}
