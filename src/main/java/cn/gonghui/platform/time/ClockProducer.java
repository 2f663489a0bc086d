package cn.gonghui.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one source of "now". Code asks for the {@link Clock} instead of calling {@code Instant.now()},
 * so tests can move time (deadlines, expiry, working days) by replacing this bean.
 */
public class ClockProducer {

    /** Calendar days, working days, opening hours and slots are Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        // PostgreSQL keeps microseconds: a finer "now" would make a POST's answer differ from the next GET.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
