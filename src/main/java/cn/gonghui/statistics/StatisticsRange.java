package cn.gonghui.statistics;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Days from and to, both inclusive, in Beijing; the defaults are the last twelve months to today.
 * Days before 2000 or more than a year ahead hold nothing and are refused (400), so an absurd date
 * never reaches the database as a timestamp it cannot hold.
 */
record StatisticsRange(LocalDate from, LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static StatisticsRange of(LocalDate from, LocalDate to, LocalDate today) {
        requireWithin("from", from, today);
        requireWithin("to", to, today);
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(11);
        if (first.isAfter(last)) {
            throw ApiProblem.invalidField("to", "BEFORE_FROM");
        }
        return new StatisticsRange(first, last);
    }

    private static void requireWithin(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isBefore(EARLIEST)) {
            throw ApiProblem.invalidField(field, "DATE_TOO_EARLY");
        }
        if (day != null && day.isAfter(today.plusYears(1))) {
            throw ApiProblem.invalidField(field, "DATE_TOO_FAR");
        }
    }

    Instant start() {
        return from.atStartOfDay(ClockProducer.BEIJING).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.BEIJING).toInstant();
    }
}
