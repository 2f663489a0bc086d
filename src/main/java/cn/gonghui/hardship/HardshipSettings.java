package cn.gonghui.hardship;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The hardship line's figures: they are policy, set by notices that change them on a given day,
 * so they are configuration with effective dates, never code ({@code gonghui.hardship.*}).
 */
@ConfigMapping(prefix = "gonghui.hardship")
public interface HardshipSettings {

    /** The local minimum-living line (低保标准) and the multipliers, each from the day a notice set them. */
    List<DatedLine> minimumLivingLine();

    interface DatedLine {

        /** The first day the line applies. */
        LocalDate from();

        /** Yuan per person and month. */
        BigDecimal monthly();

        /** Relative hardship: below this many times the line. */
        @WithDefault("2")
        BigDecimal relativeMultiplier();

        /** Accident hardship: unavoidable costs above this share of the year's income. */
        @WithDefault("0.80")
        BigDecimal accidentCostShare();
    }

    /** How long an approved file is active. */
    @WithDefault("12")
    int fileValidityMonths();

    /** How many days before a file ends its member is reminded to have it re-checked. */
    @WithDefault("30")
    int recheckReminderDays();

    /** The monthly living subsidy, yuan. */
    @WithDefault("200.00")
    BigDecimal livingSubsidyMonthly();

    /** Education aid per child and school year, yuan, by school level (primary ... university). */
    Map<String, BigDecimal> educationAid();

    /** When the daily re-check reminder and expiry run (read by the scheduler; {@code off} disables). */
    String recheckCron();

    /** When the monthly run schedules the living subsidies (read by the scheduler; {@code off} disables). */
    String monthlyRunCron();

    /** The line in force on a day: the latest entry that started on or before it. */
    default LivingLine lineOn(LocalDate day) {
        return minimumLivingLine().stream()
                .filter(line -> !line.from().isAfter(day))
                .max(Comparator.comparing(DatedLine::from))
                .map(line -> new LivingLine(line.from(), line.monthly(), line.relativeMultiplier(), line.accidentCostShare()))
                .orElseThrow(() -> new IllegalStateException("No minimum-living line is configured for " + day));
    }
}
