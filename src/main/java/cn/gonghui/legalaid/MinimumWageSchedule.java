package cn.gonghui.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local monthly minimum wage and the day each figure took effect. Figures change by notice
 * of the city government, so they are configuration ({@code gonghui.legal-aid.minimum-wage},
 * entries {@code 2025-09-01:2540.00}), read once and refused whole when any entry is wrong: an
 * eligibility test on a mistyped figure would be silently unfair.
 */
public final class MinimumWageSchedule {

    /** A figure and the first day it is in force. */
    public record Step(LocalDate from, BigDecimal monthly) {
    }

    private static final Pattern ENTRY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}):(\\d{1,7}(?:\\.\\d{1,2})?)$");

    private final List<Step> steps;

    private MinimumWageSchedule(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Entries oldest first, each {@code YYYY-MM-DD:amount}; throws naming the first wrong one. */
    public static MinimumWageSchedule parse(List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("gonghui.legal-aid.minimum-wage has no entry");
        }
        List<Step> steps = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip();
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw wrong(entry, "expected YYYY-MM-DD:amount, e.g. 2025-09-01:2540.00");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(matcher.group(1));
            } catch (DateTimeParseException e) {
                throw wrong(entry, "not a calendar day");
            }
            BigDecimal monthly = new BigDecimal(matcher.group(2)).setScale(2);
            if (monthly.signum() <= 0) {
                throw wrong(entry, "the amount must be above zero");
            }
            if (!steps.isEmpty() && !from.isAfter(steps.get(steps.size() - 1).from())) {
                throw wrong(entry, "entries must be in order of their days, each day once");
            }
            steps.add(new Step(from, monthly));
        }
        return new MinimumWageSchedule(steps);
    }

    /** The figure in force on the day; a day before the first entry has none the schedule knows. */
    public BigDecimal inForceOn(LocalDate day) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!day.isBefore(steps.get(i).from())) {
                return steps.get(i).monthly();
            }
        }
        throw new IllegalStateException("No minimum wage is configured for " + day + "; the first entry is from "
                + firstDay());
    }

    public LocalDate firstDay() {
        return steps.get(0).from();
    }

    public List<Step> steps() {
        return steps;
    }

    private static IllegalArgumentException wrong(String entry, String why) {
        return new IllegalArgumentException("gonghui.legal-aid.minimum-wage entry '" + entry + "': " + why);
    }
}
