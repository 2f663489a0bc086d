package cn.gonghui.platform.time;

import java.time.Clock;
import java.time.LocalDate;

/** Calendar days, working days, opening hours and slots are reckoned in Beijing. */
public final class BeijingTime {

    private BeijingTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.BEIJING);
    }
}
