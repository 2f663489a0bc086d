package cn.gonghui.statistics;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;

/** Days from and to, both inclusive, in Beijing; the defaults are the last twelve months to today. */
record StatisticsRange(LocalDate from, LocalDate to) {

    static StatisticsRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(11);
        if (first.isAfter(last)) {
            throw ApiProblem.invalidField("to", "BEFORE_FROM");
        }
        return new StatisticsRange(first, last);
    }

    Instant start() {
        return from.atStartOfDay(ClockProducer.BEIJING).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.BEIJING).toInstant();
    }
}
