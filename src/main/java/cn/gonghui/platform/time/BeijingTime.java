package cn.gonghui.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Calendar days, working days, opening hours and slots are reckoned in Beijing. */
public final class BeijingTime {

    private BeijingTime() {
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The calendar day in Beijing of an instant: 00:30 in Beijing is already the next day in UTC's eyes. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ClockProducer.BEIJING);
    }
}
