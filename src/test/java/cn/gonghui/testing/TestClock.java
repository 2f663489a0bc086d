package cn.gonghui.testing;

import io.quarkus.arc.Arc;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The clock of every test: real time plus an offset a test can move, replacing the application's
 * default clock bean. A test whose outcome depends on the day or the hour pins it to a fixed
 * instant ({@link #pinAt}); tests that move it call {@link #reset()} when done.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * From now on the clock reads {@code instant}, then runs on from there. Tokens the application
     * issues afterwards carry that time, so a test signs its callers in before pinning in the past.
     */
    public void pinAt(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** The test clock's time, for fixtures that write rows outside a bean: never the wall clock. */
    public static Instant current() {
        return Arc.container().instance(TestClock.class).get().instant();
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC, as the application's");
    }
}
